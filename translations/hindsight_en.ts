<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>Try: hindsight --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>This command needs the application window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import %1: %2: %3 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n candidate(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Hindsight helps interviewers hire backend engineers of the right shape.

Commands:
  (none)                      open the application window
  import FILE.json            add the roles and candidates of an interchange file
  export FILE.json [--role R] write everything, or one role, as interchange JSON
  scores --role R [--format table|json|csv]
                              breadth, depth, archetype, fit and risks per candidate

R is a role id or its exact title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh demo database filled with example roles and candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &lt;R&gt;: its id or exact title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format of scores: table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, export or scores (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file for import and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role and --format belong to a command such as scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use import, export or scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name, as in: hindsight %1 FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores needs a role, as in: hindsight scores --role &quot;Payment backend&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes no --role: it adds every role in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format belongs to the scores command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 already exists; --demo only creates new databases. Choose another --database path or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is missing from this build of Hindsight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is invalid at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityLookup</name>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role &quot;%1&quot;: the database has no roles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role &quot;%1&quot;. Roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several roles are called &quot;%1&quot;; name one by id: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hindsight database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hindsight. Update Hindsight to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another Hindsight holds it (%1). Close the other one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or could not be written while saving to %1 (%2). The last change was not saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to %1 conflicts with data already stored (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still in use and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview (%1) has been submitted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is not allowed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object at the top level, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;hindsight&quot;, found &quot;%1&quot;; this is not a Hindsight interchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported; this Hindsight reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another role already has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown domain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected &quot;active&quot; or &quot;withdrawn&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;; expected advance, hire, no-hire or hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;; expected product, domain, mixed or unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 regret needs a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time in ISO 8601 form such as 2026-11-20T10:00:00Z, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresFormatter</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — target breadth %2, depth %3 (%4); %n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ActionRegistry</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add roles and candidates from a Hindsight JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the candidate list by name, e-mail or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next candidate in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous candidate in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence of Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every action and its shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateHeader</name>
    <message>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · applied for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submitted interview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n draft(s), not counted until submitted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No committee decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee decision: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee decision: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidatePage</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why this candidate is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence: interviews, regrets and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates for this role yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Select one of its %n candidate(s) to see how they fit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a candidate on the left, or press Alt+Down to go to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file with File → Import…, or start with hindsight --demo to explore a filled-in example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceDetail</name>
    <message>
        <source>Evidence details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an interview, regret or note to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision they would reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they would do instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: its regrets count for breadth, depth and fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: nothing in it counts until the interviewer submits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceView</name>
    <message>
        <source>Interviews, regrets and notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExplanationView</name>
    <message>
        <source>Why this candidate is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no decision written down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to place yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth, depth and fit come from submitted interviews only, and this candidate has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No regret rated 2 or deeper touched a stack layer, in %n submitted interview(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share of the %1 stack layers each interview reached with a regret rated 2 or deeper, averaged over %n submitted interview(s). Layers reached: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain-specific or mixed regret was rated above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deepest domain is %1, rated %2 of 4 on average over the interviews that reached it; depth is that rating times 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s target is breadth %1 and depth %2, which calls for a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth short of the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth short in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= 100 − 6 × %1 (breadth short of the role) − 6 × %2 (%3) − 2 × %4 (depth beyond what the role needs), kept between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft interview(s) not counted until submitted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::FiguresPanel</name>
    <message>
        <source>Fit for the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role asks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role calls for a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: not scored, no submitted interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored once an interview is submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth: not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth: not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape: not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit %1 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewEvidenceModel</name>
    <message>
        <source>Draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Interview by %1 · %2 · submitted · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft by %1 · %2 · not counted until submitted · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 (no decision written down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: counts for the figures above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not counted until the interviewer submits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level / stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::MainWindow</name>
    <message>
        <source>%1 — Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Hindsight Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n candidate(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Ask a backend candidate which decision they would reverse, and see whether the shape of their experience fits the role.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RiskChips</name>
    <message>
        <source>Risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks: not assessed without a submitted interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RoleCandidateModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no submitted interview yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fit %2% for %3, %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role / candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ShortcutModel</name>
    <message>
        <source>No shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::Sidebar</name>
    <message>
        <source>Filter candidates… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only candidates whose name or e-mail contains the text, and every candidate of a role whose title contains it. Press Down to move to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TaxonomyText</name>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues and background jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication and access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment and infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database internals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilers and runtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency and throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed caching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::Terms</name>
    <message>
        <source>Product-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-shaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-specialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role needs more specialist depth than the interviews showed; failure modes under load may go unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role needs more depth in %1 than the interviews showed; failure modes under load may go unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role spans more of the stack than the interviews covered; expect hand-offs whenever work crosses a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far more depth than this generalist role needs; expect infrastructure the product has no use for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gap between the evidence and the role is large enough to be a risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not name a decision of substance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says what they would change, but not why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explains the trade-off and what it cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explains how it works and the failure modes that are easy to miss: races, durability against throughput, behaviour under load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts numbers on the impact, weighs the alternatives with evidence and names the invariant they would protect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
