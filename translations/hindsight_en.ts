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
    <message>
        <source>No automatic backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; restore replaces it only with --force, and then keeps it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <source>Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup that passes its integrity check is
%2
made on %1.

Open that backup instead? Anything saved after that time is not in it. The damaged file is not deleted: it is kept as
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be opened, and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the backup made on %1. The damaged file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationFormatter</name>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n interviewer pair(s) with at least %2 candidates in common</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateDeleter</name>
    <message>
        <source>Delete Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about them goes with them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) holding them will be rewritten without them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the candidate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted; nothing was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text is still in %1 because another program is reading the database; it goes when the last program using the database closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted, With a Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the candidate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything the team server holds about them goes with them: %n submitted interview(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), their notes and placement overrides. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Someone is still interviewing them: the draft must be submitted or discarded first.</source>
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
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: everything in %1 is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 would do this (a dry run: nothing was written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>format</source>
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
        <source>Start, or reopen, your interview with candidate &lt;C&gt;: its id or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interview opens the window; it cannot be combined with a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate &lt;C&gt; of a report: its id or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as PDF to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave candidates&apos; names out of a committee pack: Candidate A, B, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to a command such as scores or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to the report command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --pdf and a file name, as in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs either --role R (committee pack, interview kit) or --candidate C (candidate summary), as in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blind applies to a role&apos;s committee pack only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the role&apos;s printable interview kit instead of its committee pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kit makes a role&apos;s interview kit: give the role with --role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest file import reads, in MB (default 64): a larger one is refused before it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size belongs to the import command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size takes a number of megabytes from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What delete and purge do with backups that hold an erased candidate: rewrite them without the candidate (default) or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrite|delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase without asking for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge candidates with no activity for &lt;N&gt; months (1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to the delete and purge commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to the purge command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs a candidate, as in: hindsight delete --candidate &quot;Ana Lima&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-person needs a candidate, as in: hindsight export-person --candidate &quot;Ana Lima&quot; ana.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge takes no --candidate: to erase one candidate, use delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --backups &quot;%1&quot;: use rewrite or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--inactive-months takes a number of months from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the backup to &lt;path&gt; (a file, or a folder to put it in) instead of the backups folder beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let restore replace an existing database (it is kept aside, renamed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs the BACKUP to put in the database&apos;s place, as in: hindsight restore backups/hindsight-20260301-090000.sqlite3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no --role: it works on the whole database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to belongs to the backup command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force belongs to the restore command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format of scores and calibration: table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration needs a role, as in: hindsight calibration --role &quot;Payment backend&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format belongs to the scores and calibration commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what import would add, merge and skip, or what purge would erase, and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run belongs to the import and purge commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the team server at &lt;URL&gt; (a PostgreSQL URI) instead of a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the interviewer team add-interviewer adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail of the interviewer team add-interviewer adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, export, scores, calibration, report, backup, restore, delete, purge, export-person or team (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --database or --server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo opens a fresh demo database file; it cannot be combined with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use import, export, scores, calibration, report, backup, restore, delete, purge, export-person or team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to the command team add-interviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team init takes no --name or --email: add interviewers with team add-interviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add-interviewer needs the LOGIN to create, as in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add-interviewer needs the interviewer&apos;s --name, as in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team needs init or add-interviewer, as in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown team command &quot;%1&quot;: use init or add-interviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 needs the team server: --server URL, as in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 takes no --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 takes no --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on a database file, not on a team server: a team server is backed up and restored by its administrators, with PostgreSQL&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backups is about a database file&apos;s backups; a team server&apos;s are its administrators&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of this run: en, da or id (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight helps interviewers hire backend engineers of the right shape.

Commands:
  (none)                      open the application window
  --interview C               open the live interview screen for candidate C
  import FILE.json [--dry-run]
                              merge the roles and candidates of an interchange file;
                              prints what was added, merged and skipped (--dry-run:
                              what would be, writing nothing)
  export FILE.json [--role R] write everything, or one role, as interchange JSON
  scores --role R [--format table|json|csv]
                              breadth, depth, archetype, fit and risks per candidate
  calibration --role R [--format table|json|csv]
                              how each pair of the role&apos;s interviewers agree
  report --role R --pdf OUT.pdf [--blind] [--paper a4|letter]
                              the committee pack of a role as PDF (--blind: no names)
  report --role R --kit --pdf OUT.pdf
                              the printable interview kit of a role
  report --candidate C --pdf OUT.pdf
                              the summary of one candidate as PDF
  backup [--to PATH]          a verified copy of the database, into the backups
                              folder beside it (the newest 7 are kept) or to PATH
  restore BACKUP [--force]    put a backup in the database&apos;s place; --force replaces
                              an existing database, which is kept aside
  delete --candidate C [--backups rewrite|delete] [--yes]
                              erase candidate C and everything about them, from the
                              database and its backups (asks first unless --yes)
  purge [--inactive-months N] [--dry-run] [--backups rewrite|delete] [--yes]
                              erase every candidate with no activity for N months
                              (default: the retention setting)
  export-person --candidate C FILE.json
                              everything held about candidate C, as JSON
  team init --server URL      set up a team server: schema, roles, row-level security
  team add-interviewer LOGIN --name NAME [--email E] --server URL
                              create the interviewer&apos;s login (password on standard
                              input) and record their name and e-mail

R is a role id or its exact title; C a candidate id or exact name. Every command and
the window work on a team server with --server URL (a PostgreSQL URI such as
postgresql://alice@db.example/hiring; the password as libpq finds it: PGPASSWORD,
~/.pgpass, PGPASSFILE) instead of a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of the report: a4 or letter (default: the one chosen in Preferences, else the system&apos;s region&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4|letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;: use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>this field is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Hindsight interchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the string &quot;hindsight&quot;, found %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;hindsight&quot;, found &quot;%1&quot;; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
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
        <source>version %1 is not supported; this Hindsight reads versions 1 to %2</source>
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
        <source>Cannot write the demo database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>The notes kept in %1 are not in the database yet.</source>
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
    <message>
        <source>No candidate &quot;%1&quot;. Give a candidate id or the exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several candidates are called &quot;%1&quot;; name one by id: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureCommands</name>
    <message>
        <source>This command is not about one person&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge needs a period, as in: hindsight purge --inactive-months 24 (the retention setting is off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1 (id %2) has no recorded activity; delete them by hand if they are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No candidate has been inactive since %1 (%n month(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive since %1 (%n month(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (id %2), last activity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be erased from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (id %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in %1 holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them will be deleted:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them will be rewritten without them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was erased: erasing asks for confirmation and standard input is not a terminal. Run it again with --yes to erase without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this for good? Type yes to erase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrote the backup %1 without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was erased from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n candidate(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>their text is still in %1: another program is reading the database. SQLite empties that file when the last program using the database closes it; close every Hindsight on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be erased from the team server %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with %n submitted interview(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), their notes and placement overrides.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was erased: someone is still interviewing %1; the draft must be submitted or discarded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n candidate(s) from the team server %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureText</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement override(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
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
    <message>
        <source>Only the interviewer who submitted the interview (%1) may amend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hindsight database, or it is damaged: %2. Nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server cannot be reached (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breadth demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breadth / depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 merged, %4 skipped (already here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may be %3, who is already here: added as another candidate; merge them (Candidate → Merge Candidate…) if they are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the file&apos;s newer &quot;%1&quot; over &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept &quot;%1&quot;; the file has &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewReader</name>
    <message>
        <source>unknown level &quot;%1&quot;; expected product, domain, mixed or unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown domain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 regret needs a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probe id or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probe id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer from 0 to %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interview has no regret to link this note to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interview has no regret this probe was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another regret of this interview already has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no regret of this interview has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>cannot export to %1</source>
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
    <message>
        <source>cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the data to a file and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the import limit of %2 MB; if it really is an interchange file, raise the limit (hindsight import --max-size MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash in a string starts no valid escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u is not followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is cut short</source>
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
    <message>
        <source>expected %1, found %2, which is beyond 2^53 (%3): a JSON number cannot carry it exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time in ISO 8601 form such as 2026-11-20T10:00:00Z, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message>
        <source>the file ends in the middle of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays and objects nest deeper than %1 levels here; the limit is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or } after a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or ] after an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: an object names each key once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected : after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half of a UTF-16 surrogate pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key holds the control character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds the control character %1 at character %2; text may hold tab and newline but no other control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds the control character %1 at character %2; a name, title, e-mail address or id is one line without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is written with %1 characters; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1, in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTextFile</name>
    <message>
        <source>Interview with %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonExporter</name>
    <message>
        <source>cannot export to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDeleter</name>
    <message>
        <source>Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n candidate(s) apply for it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete those candidates, or move them to another role, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its breadth and domain demands and its team go with it. No candidate applies for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleTemplates</name>
    <message>
        <source>Early-stage product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the backend of a young product: CRUD APIs for the frontend, third-party integrations (payments, e-mail, analytics) and the background jobs that glue them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work touches almost every layer of the stack but none of it deeply yet, so breadth matters far more than specialist depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small team, full-stack ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of a handful of engineers who own several services end to end, from the database and the API to deployment and on-call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With nobody to hand work to, the person must debug a query, a proxy and a failed job in the same afternoon: wide, not deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenfield service, shifting requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new service whose requirements change every sprint; the design has to stay cheap to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the problem is still moving, a simple design across many layers beats a deep investment in any one domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment processing engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns the engine that authorises, captures and settles payments: idempotency, ledgers, retries and reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost or doubled payment is the failure that matters, and only deep payments knowledge sees it coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time fraud detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores tens of thousands of transactions a minute within a tight latency budget: stream processing, a feature store, the scoring engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system fails under load, not in the API, so streaming and latency depth decide whether it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed job scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the scheduler that runs jobs across many machines exactly when and as often as promised, through node failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases, clocks and partial failures are distributed-systems territory; a generalist&apos;s design works until the first partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database-performance-critical product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a data-heavy product fast: query plans, indexing strategy, storage layout and the latency of the hot paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing why a plan ignores an index, or when a partial index helps, is the job, so depth in database internals dominates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated boundary (PCI DSS / SOC 2 / HIPAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns the part of the system auditors look at: encryption at rest, key handling, access control and audit-log retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compliance boundary is only as strong as its weakest invariant, which takes specialist depth in compliance and cryptography.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist with broad awareness (t-shaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the architecture of one critical domain for a team of generalists and works fluently in the layers around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team needs someone deep enough to guard a domain&apos;s invariants and broad enough to work with everyone who touches it.</source>
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
    <name>StoreLocation</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWindows</name>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight databases (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>The team server&apos;s database %1 is already set up; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s database %1 is set up: tables in the schema hindsight, row-level security on interview content, the roles hindsight_owner and hindsight_interviewer. Add interviewers with: hindsight team add-interviewer LOGIN --name NAME --email E --server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now connect as the interviewer %2: hindsight --server postgresql://%1@HOST/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add-interviewer reads the new login&apos;s password from standard input, and got none; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server asks for the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused the password of %1. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the keyring did not keep the password: %1</source>
        <translation type="unfinished"></translation>
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
        <source>New &amp;Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a candidate: a name and the role applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the live interview screen for the selected candidate, or your draft with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a role and its complexity profile, from scratch or from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected role&apos;s title, breadth demand and domain demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the role&apos;s candidates on one board: chart, table, gaps, decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a candidate summary, committee pack or interview kit as PDF, or the data as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or preview a candidate summary, committee pack or interview kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the interviews you have not submitted, to reopen or discard one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an interview should take: its clock turns amber past it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and e-mail as the interviewer, the time budget and data retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected role, with its demands and team; only a role nobody applies for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected candidate&apos;s name, e-mail, role or link to their CV or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another record of the same person into the selected candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected candidate with their interviews, notes and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Hindsight database file in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on your hiring team&apos;s shared server, in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the evidence table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ActionToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::AmendDialog</name>
    <message>
        <source>Amend Interview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your interview with %1: version %2, amended %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your interview with %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment is a new version: the interview window opens on a copy, you correct it and seal it with Ctrl+Return. Version %1 is kept exactly as it was submitted and stays readable from the candidate page. Until you submit the amendment, version %1 is the one that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong, for example: regret 2 is domain-specific, not product-level; I mis-keyed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who reads this interview sees the reason and when you amended it: on the candidate page, on the committee board and in the reports. Ctrl+Return starts the amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the interview window on a new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BlindMask</name>
    <message>
        <source>[name]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardActions</name>
    <message>
        <source>Record &amp;Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance, hire, no hire or hold the selected candidate, with a rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override Placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the selected candidate elsewhere, with a written reason; the formula&apos;s figures stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who Said What…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each interviewer&apos;s regrets, tags, depths, probes and figures side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show candidates as Candidate A, B, … to weigh the signal before identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Team Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a current team member on the chart by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Team Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected team member off the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table as shown (sorted, filtered, blind or not) as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the board to matching candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every candidate of the role again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database again: new submissions, decisions and team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this committee board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, preview or print the role&apos;s committee pack, blind when the board is in blind mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the table in focus (the board&apos;s table unless another has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardDetails</name>
    <message>
        <source>Interviewer calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each demanded domain and each layer: not probed, probed and shallow, or probed enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How interviewers with three or more candidates in common agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current team, placed on the chart by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the people the candidate would join, to see which shape the team lacks. Enter breadth and depth by hand (0 to 10); they are drawn as triangles and never scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two interviewers have three or more candidates of this role in common yet; calibration needs at least three shared candidates to mean anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate on the chart or in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate to see which evidence is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no submitted interview yet, so the formula gives no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — the formula: breadth %2, depth %3, %4, fit %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee placement beside it: %1, recorded by %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision or placement recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every demanded domain and every layer has evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) not probed by any submitted interview. Not probed is missing evidence, not a weakness.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pair of interviewers to read their figures in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardFilterBar</name>
    <message>
        <source>Shape filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 product · %2 domain · %3 mixed · %4 unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · breadth %2 · depth %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) still in draft: not counted, not shown to the committee.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee placement: the formula&apos;s figures stand alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by %1: %2
The formula&apos;s figures stay: breadth %3, depth %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every demanded domain and every layer has evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted interview probed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
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
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted interviews: the only ones the figures use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews still in draft: counted here, never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape the formula gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a committee member placed the candidate, with a written reason; the formula&apos;s figures stay beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret levels: product, domain-specific, mixed, unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demanded domains and layers no submitted interview probed (not the same as probed and shallow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers disagree on this candidate (depth in a domain by 2 or more, breadth by %1 or more, or the most frequent level). Open Who Said What.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardSnapshot</name>
    <message>
        <source>Candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BreadthDepthChart</name>
    <message>
        <source>Breadth and depth chart</source>
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
        <source>No breadth or depth risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Breadth %2 · depth %3
Fit %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One interview of %1
Breadth %2 · depth %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team member)
Breadth %2 · depth %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per cell (darker: more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates at one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at breadth %2, depth %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more name(s): hover over the points or show the table</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in this cell</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (fit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>role target at breadth %1, depth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without a breadth or depth risk</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most at breadth %1, depth %2 (%n candidate(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BreadthDepthPanel</name>
    <message>
        <source>Show as Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth and depth figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart&apos;s figures as a table (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CalibrationModel</name>
    <message>
        <source>less than chance would give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 gave the same shape to %3% of the %n candidate(s) they both interviewed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kappa %1 is %2 agreement once the agreement that chance alone would give is taken out (1 is perfect, 0 is chance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa is undefined: both gave every shared candidate the same shape, so there is no variation to measure agreement beyond chance on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average %1 rates breadth %3 higher than %2 does (on 0 to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average they rate breadth the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average %1 rates depth %3 higher than %2 does (on 0 to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average they rate depth the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the interviews recorded under this name, in any capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every interview recorded with the e-mail %2, under any name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CalibrationSection</name>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two interviewers have interviewed %1 or more of this role&apos;s candidates in common yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pair of interviewers with %1 or more candidates in common: how often their own submitted interviews give a candidate the same shape, and how their breadth and depth compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateCommands</name>
    <message>
        <source>Select a candidate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the candidate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateEditDialog</name>
    <message>
        <source>Edit Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to their CV or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address starting with http:// or https://; the candidate page opens it in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CV or profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address; leave it empty if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web link: it starts with http:// or https://. Leave it empty if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the role they applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their interviews count for %1 from now on, on its board and against its demands.</source>
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
    <message numerus="yes">
        <source>%1 (%n amended)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CV or profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateMergeDialog</name>
    <message>
        <source>Merge Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two records of the same person become one: %1 is kept. Pick the other record; everything recorded about it moves to %1, and it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrows the list by name, e-mail or role. Press Down to move to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates to merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other candidate matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the other record of %1 in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That candidate could not be read; it may have just been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked: %1, applied for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked: %1, %2, applied for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves from %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n earlier merge(s) into %1 move too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They applied for different roles: %1 keeps %2, so what moves counts for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes the e-mail %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes the link to the CV or profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deleted; the merge stays in %2&apos;s committee history.</source>
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
    <message>
        <source>Breadth and depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Select one of its %n candidate(s) to see how they fit, or compare them all on its committee board (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateSummary</name>
    <message>
        <source>Candidate summary: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the candidate is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate summary for the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted interviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
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
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth %1, depth %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth %1, depth %2 (the formula&apos;s figures stay as above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regrets and the evidence behind each rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show until an interview is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regret was recorded in this interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth %1 of 4: %2</source>
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
        <source>No note linked to this regret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, amended %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended %1 (version %2). Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The earlier version is kept unchanged in Hindsight.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of the answer written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None were ticked during the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to a regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked for this regret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ChartPointModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ColumnChooser</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show these columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the table has something to show in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteeBoard</name>
    <message>
        <source>Candidates of the role on breadth and depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates of the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the committee board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Board — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind mode: candidates are shown as letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind mode off: candidates are shown by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target breadth %1, depth %2 — %3.</source>
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
        <source>, %n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>· figures from submitted interviews only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>· %n draft(s) outstanding, not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>committee-board-blind.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee-board-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Board as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Committee Board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteePack</name>
    <message>
        <source>Committee pack: %1 (blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
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
        <source>%n submitted interview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates appear as Candidate A, B, … in the order they were added; names in notes and rationales are replaced the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth across the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth %1 of 4: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n draft(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewers disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates for this role yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best fit first. Figures come from submitted interviews only.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Shape</source>
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
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth by domain (0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every demanded domain and every layer was probed deep enough for every candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the submitted interviews did not establish. Not probed is missing evidence, not a weakness: ask about it before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demanded domains not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed, but shallow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rationale given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 (shape: %3). The shaded area is where a candidate has neither an under-breadth nor an under-depth risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewers agree on every candidate: no two submitted interviews differ by 2 or more in a domain&apos;s depth, by %1 or more in breadth, or in their most frequent level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates whose submitted interviews differ by 2 or more in a domain&apos;s depth, by %1 or more in breadth, or in their most frequent level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteeRecorder</name>
    <message>
        <source>Could not record the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the committee&apos;s placement beside the formula&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DecisionDialog</name>
    <message>
        <source>Record Decision — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 No hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the evidence the committee weighed, and what would change the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier decisions stay in the candidate&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DemandDelegate</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DomainDemandModel</name>
    <message>
        <source>Domain id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What that depth means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DomainDepthChart</name>
    <message>
        <source>Depth per domain chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate&apos;s depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: candidate %2, role requires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain depth yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DraftListModel</name>
    <message>
        <source>Amendment (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
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
        <source>Recorded under the name %1, not yours (%2): only %1 reopens it. You may discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment of a submitted interview, in progress: the submitted version stays as it is until this one is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DraftWriter</name>
    <message>
        <source>No regret has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 has no level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 needs a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 names a domain that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 has no depth rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview was not submitted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regret could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current stage and the line being typed could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe tick could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot keep it either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot keep it either (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceActions</name>
    <message>
        <source>&amp;Open Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the interview in its own window: read-only once submitted, an earlier version as it was sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct your submitted interview in a new version, with a written reason; the submitted version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens it to go on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amends it: a new version with a written reason; this one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
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
    <message>
        <source>Version %1 of the interview by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted. It no longer counts: the current version does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified after submission: its rows no longer match what was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceGapModel</name>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed, shallow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed, enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted interview asked about this. That is missing evidence, not a weakness: probe it in the next interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed, but the answers stayed below the depth the role needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touched only by regrets rated below 2, which do not count for breadth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed at the depth that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demanded domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
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
    <name>hindsight::ui::ExplanationHtml</name>
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
    <message>
        <source>The deepest domain is %1, rated %2 of 4 on average over the interviews that reached it; depth is that rating times %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExplanationView</name>
    <message>
        <source>Why this candidate is here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExportDialog</name>
    <message>
        <source>&amp;Blind: show candidates as Candidate A, B, … and leave names out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate summary (select a candidate first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate summary of %1 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart, the figures and why, every regret with the notes and quotes behind its rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;pack for %1 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s profile and chart, the comparison, disagreements, evidence gaps and decisions, then a summary per candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview &amp;kit for %1 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guided question on paper: stages, prompts and probes, the depth scale, the levels and ruled space for notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data of %1 (Hindsight JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role and its candidates with interviews, notes and decisions, for another Hindsight to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All data (Hindsight JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role and candidate in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports carry interview notes: they are marked confidential on every page. A file is written whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee-pack-%1-blind.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee-pack-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview-kit-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hindsight-%1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hindsight.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate-summary-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
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
    <name>hindsight::ui::FitRisks</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not probed: ask about %2)</source>
        <extracomment>A risk whose cause is missing evidence: %1 is the risk (&quot;Under-depth&quot;), %2 the domains no interview asked about.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted interview asked about %1, so the depth the role needs there is missing evidence, not a weakness: ask about it before weighing the fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::HistoryModel</name>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement: %1, breadth %2, depth %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged another record of this candidate into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person; their record had the e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ImportReviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 will do this. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewActions</name>
    <message>
        <source>&amp;Submit Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every regret is tagged and rated, then seal the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything and close the interview; the draft reopens where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last note or tag change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected note, or the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected note in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected note, or the last one, as the candidate&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back to the previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another Regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new regret and go back to the decision stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the next regret the one being discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the previous regret the one being discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the current regret as product-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the current regret as domain-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the current regret as mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the current regret as unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Do&amp;main…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the domain&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the current regret&apos;s depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product or Domain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What separates a product-level from a domain-specific regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle the layer %1 on the current regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Probe &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark probe %1 of this stage as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything and close Hindsight, as Quit in the main window does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Last Note as Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the last note into the current regret&apos;s field for this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: into the current regret&apos;s field for this stage (System, Decision, Why and cost, Instead, Impact); added on a new line when the field already has text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s system: what they built, at what scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why and Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to how the current regret was found out and what it cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to what they would do instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impa&amp;ct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;pth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this submitted interview in a new version, with a written reason; this version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Notes &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this interview&apos;s notes and answers to a text file of your choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewAmender</name>
    <message>
        <source>the interview by %1 with %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is not amended: it can still be edited as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was replaced by an amendment; only the current version can be amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who submitted this interview, may amend it (you are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot amend %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not amend %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewBanner</name>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2, amended %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Modified after submission.&lt;/b&gt; The notes or tags below no longer match what was sealed when this interview was submitted; treat them with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted, read-only. It no longer counts for the candidate&apos;s figures: the current version does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed, read-only, and counts for the candidate&apos;s figures. The earlier versions stay readable from the candidate page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Submitted.&lt;/b&gt; This interview is sealed and counts for the candidate&apos;s figures; it is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending: this will be version %1, replacing version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 stays as it was submitted, and counts, until you submit this amendment (Ctrl+Return). Everyone will see the reason.</source>
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
    <message>
        <source>Interview by %1 · %2 · submitted, %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft by %1 · not counted until submitted · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: counts for the figures above. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted; it no longer counts. Enter opens it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewHeader</name>
    <message>
        <source>Time since the interview started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · interviewed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Elapsed %1, past the time budget of %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Past the time budget of %n minute(s): the interview started at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time since the interview started at %1; the time budget is %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, kept on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewKit</name>
    <message>
        <source>Interview kit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate: ____________________________    Interviewer: ____________________________    Date: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Describe a system you built, and a decision you would reverse if you started over.” Take the stages in order; tick a probe when you ask it; after each regret, fill in its rating grid. Tag what the regret is about, not how senior the candidate sounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (depth %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the role needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth %1 of 10; no specialist domain is demanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth %1 of 10; depth in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guided question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a product-level regret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a domain-specific or mixed regret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the level is still unclear:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating each regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers touched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchored depth scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewLauncher</name>
    <message>
        <source>Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview cannot open until its kept notes are written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewSession</name>
    <message>
        <source>Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate Depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Last Note as Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewVersions</name>
    <message>
        <source>Amending · version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window was opened without the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewWindow</name>
    <message>
        <source>Interview with %1 — Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 started at the decision stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified after submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interview is submitted and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: submitted interviews cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds a note · Ctrl+Right next stage · Ctrl+1/2/3 level · Alt+0…4 depth · Alt+D decision · Ctrl+L last note as answer · Esc back to notes · F1 levels explained · Ctrl+Return submits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LastNoteAnswer</name>
    <message>
        <source>This interview is submitted: its answers can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 stage has no answer field; the last note goes into one at System, Decision, Discovery, Instead and Depth probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note yet: type one and press Enter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last note is now in %1 of regret %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of regret %2 already ends with the last note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LevelGuide</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Product-level%1&lt;/b&gt; — the regret is about what was built and for whom: scope, the shape of the data, an abstraction nobody needed. Anyone on the team could have made or questioned the decision.&lt;br&gt;&lt;i&gt;Example: “We built a plug-in rule system for pricing when three plain tables would have covered every customer we ever had.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Domain-specific%2&lt;/b&gt; — the regret lives inside one specialist domain: how a broker, a query planner, a consensus protocol or a payment flow behaves underneath. It takes that domain&apos;s knowledge to see why it was wrong.&lt;br&gt;&lt;i&gt;Example: “We rebuilt consumer state by replaying the whole topic on every restart; a compacted topic keyed by account would have made restarts take seconds.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mixed%3&lt;/b&gt; — a product trade-off whose cost only shows with specialist depth; tag its domain too. &lt;b&gt;Unclear%4&lt;/b&gt; — you could not tell from the answer.&lt;/p&gt;&lt;p&gt;Tag what the regret is about, not how senior the candidate sounds.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LevelGuideDialog</name>
    <message>
        <source>Product-level or Domain-specific?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to tell the levels apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview</source>
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
        <source>&amp;Candidate</source>
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
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Could not read the roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Start the interview with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate first, or add one with New Candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role or one of its candidates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the database for changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Interviews now have a time budget of %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your drafts could not be moved to your new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews are now recorded under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: everything in %1 is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n candidate(s) added, %2 merged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::MyDraftsDialog</name>
    <message>
        <source>Show drafts under &amp;other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews you began as %1 and have not submitted, the most recently changed first. Reopen one to go on where you left it, or discard one you abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file is this computer&apos;s: a draft left under a name used before the interviewer name in the settings changed shows here. It can be discarded, not reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the drafts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts on this database: every interview begun here has been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts under your name, %1. A draft is kept from the moment you start an interview until you submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) under other names: tick “Show drafts under other names” to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded under the name %1, not yours (%2): only %1 reopens it, with that name in the settings. You may discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in an interview window: Reopen brings it to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment in progress: discarding it keeps the submitted version as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft with %1 is open in an interview window: close that window first, then discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) and everything else recorded in it (regrets, tags, probe ticks, stage times) will be deleted. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the amendment in progress of the interview with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitted version stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your draft interview with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft interview by %1 with %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not discard the draft interview with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the draft with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the table (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NewCandidateDialog</name>
    <message>
        <source>New Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a role or type a new title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note — Enter adds it to the log with the time and stage, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteLogModel</name>
    <message>
        <source>Quote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s own words (%1 to unmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or double-click to edit, Delete to remove, %1 to mark as a quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteLogView</name>
    <message>
        <source>Notes so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::OverrideDialog</name>
    <message>
        <source>Override Placement — %1</source>
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
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the formula misses: the evidence that puts the candidate elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula: breadth %1, depth %2, %3. It stays on the board beside your placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Placement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PreferencesDialog</name>
    <message>
        <source>Welcome to Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your first interview: who is interviewing? Every interview you hold is recorded under this name and e-mail, and a committee that imports your interviews sees both. The same e-mail on two laptops is the same interviewer. You can change them later in Edit → Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past it, the live interview&apos;s clock turns amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates with no activity for this long are offered for erasure when Hindsight starts; Off keeps everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase inactive candidates after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews need a name to be recorded under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address; leave it empty if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every interview you hold is recorded under this name and e-mail; a committee that imports your interviews sees both. The e-mail says who you are: with the same e-mail under a new name, your drafts and the interviews you may amend stay yours, and calibration counts you once. Changing either moves your drafts with you; submitted interviews keep what they were submitted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected to a team server: interviews are recorded under the name and e-mail its administrator gave your login. They are shown here and cannot be changed on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, reports, numbers and dates; takes effect the next time Hindsight starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of printed reports and PDFs; Automatic uses Letter where the system&apos;s region does (the United States, Canada, Mexico, …) and A4 elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PromptPanel</name>
    <message>
        <source>Tick when you have asked it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PurgeDialog</name>
    <message>
        <source>&amp;Rewrite those backups without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete those backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Inactive Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) had no activity for %1 months or more. Erase them and everything held about them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Held about them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in %1 holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read, so nothing will be erased until it is repaired or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing Was Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text is still in %1 because another program is reading the database; it goes when the last program using the database closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased, With a Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates were erased from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretActions</name>
    <message>
        <source>Regret %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretAnswer</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they found out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretCard</name>
    <message>
        <source>Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Shift+Enter for a new line; Enter or Esc back to the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, or press Ctrl+Up or Ctrl+Down, to discuss this regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1: %2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · being discussed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretCardList</name>
    <message>
        <source>Regrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretTagFields</name>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tagged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed, Ctrl+0 unclear; F1 explains the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a domain&apos;s name and press Enter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth on the anchored scale, Alt+0 … Alt+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack layers touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Space when focused, or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Space when focused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for a %1 regret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 no decision named · 1 named only · 2 trade-off · 3 mechanism and failure modes · 4 quantified, with evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretText</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they built and owned, at what scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision they would reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they found out it was wrong, what it cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they would do now, and its cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who felt it, what broke, in numbers if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Why and Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ReportHtml</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who, when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more character(s): the candidate summary has the whole text)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ReportPrinter</name>
    <message>
        <source>Confidential: for the hiring committee of this role only. Do not forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be sent to the printer %2.</source>
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
    <name>hindsight::ui::RoleEditorDialog</name>
    <message>
        <source>Edit Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename or delete your own layers and domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template fills in a typical profile; change anything after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many layers of the stack the role works across: 0 one layer, 10 all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breadth demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains that &amp;need specialist depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SaveStateBanner</name>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the database yet. %1 Your notes are kept in %2 and are written as soon as the database takes them; Hindsight keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: your latest notes are only in this window. %1 Hindsight keeps trying; keep the window open, or save the notes to a file (Interview → Save Notes As…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, kept on this laptop. %1 Your notes are kept in %2 and are sent to the team server, in order, as soon as it is back; Hindsight keeps trying.</source>
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
    <name>hindsight::ui::StageGuide</name>
    <message>
        <source>Tell me about a backend system you built and owned. How big did it get, and which part of it was yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you started that system over tomorrow, which one decision would you reverse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you find out it was the wrong call, and what did it cost you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you do instead now — and what would that choice cost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go one level deeper: how did it actually behave, and who noticed first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who felt the consequences of that decision, and what would you cut to avoid it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk me through what happens inside when it goes wrong: under load, on failure, at the edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there another decision you would reverse — ideally in a different part of the stack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank the candidate, leave time for their questions, then check each regret&apos;s tags and depth before you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What load did it carry — requests, data, users?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which parts did you design, and which did you inherit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people worked on it, and who owned what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you know when you made that decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else was on the table at the time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the first sign something was off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did it cost: time, money, incidents, people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly would you build instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the new choice cost, and who pays for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who felt it: users, support, other teams?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you cut or leave out next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the simplest version that would have done the job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does it fail: races, lost or repeated work, partial writes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens at ten times the load? Where does it break first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which guarantee would you protect now, and how would you prove it holds?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it work underneath?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for a decision in another part of the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for a smaller decision if nothing big came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave the candidate time for their questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told them what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the level as soon as you can tell: Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed. F1 explains the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the depth with Alt+0 … Alt+4 once you have heard enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the level first (Ctrl+1 / Ctrl+2 / Ctrl+3) so the probes fit the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they name another one, press Ctrl+R to start a new regret at the decision stage; otherwise move on to the wrap-up with Ctrl+Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return shows what will be sealed: Enter then submits it, or goes to what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::StageStep</name>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Right for the next stage, Ctrl+Left for the previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 spent so far — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::StageStepper</name>
    <message>
        <source>Stages of the question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitProblems</name>
    <message>
        <source>No regret is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 has no level: Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed, Ctrl+0 unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 needs a domain: press Ctrl+D and type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 has a domain Hindsight does not know: choose another with Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1 has no depth rating: Alt+0 … Alt+4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted yet.&lt;/b&gt; Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the Level of Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the Domain of Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the Depth of Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitReviewDialog</name>
    <message>
        <source>Review the Amendment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before Submitting — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what version %1 will seal. Enter submits it; Esc goes back to the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what will be sealed. Enter submits the interview; Esc goes back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing: the interview cannot be submitted yet. Enter goes to the first one; Esc goes back to the interview.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what is missing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the Interview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitReviewHtml</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment: version %1 replaces version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
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
        <source>Regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
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
    <message numerus="yes">
        <source>Version %1 had %n regret(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting seals version %1: it replaces version %2 in the candidate&apos;s figures. Version %2 is kept as it was, readable, with your reason beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting seals the interview: it counts for the candidate&apos;s figures from then on, and only an amendment with a written reason can change it (the sealed version is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no decision written down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
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
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The line still in the note editor becomes the last note: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TaxonomyEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own stack layers (breadth) and specialist domains (depth). Built-in entries are fixed. An entry that a regret or a role already uses can be renamed but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers and domains you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer (breadth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain (depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. search-index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens, starting with a letter, 2 to 40 characters. An id never changes once added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Search indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected entry the label typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use 2 to 40 lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new entry a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an entry with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: regrets are tagged with this layer. You can still rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: a regret or a role&apos;s demands use this domain. You can still rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
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
    <name>hindsight::ui::TeamConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team server is the hiring team&apos;s PostgreSQL database, set up with hindsight team init. Your drafts stay yours there: the server shows them to no one else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://db.example.org/hiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI; recent servers are in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the URI, if it names one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass or the keyring, if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TeamModel</name>
    <message>
        <source>Team member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit; breadth and depth run from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
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
    <message>
        <source>The role needs more specialist depth than the interviews showed: a generalist would own a system whose failure modes are specialist territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role needs more depth in %1 than the interviews showed: a generalist would own a system whose failure modes are specialist territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role spans more of the stack than the interviews covered: expect a hand-off whenever work crosses a domain boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far more depth than this generalist role needs: a specialist may build infrastructure a simple product does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>an interviewer&apos;s name and e-mail</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TimeBudgetDialog</name>
    <message>
        <source>Time Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an interview should take. Once an interview runs longer, its clock turns amber and says the budget is passed; nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time budget:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::UnsavedNotesGuard</name>
    <message>
        <source>Some notes are not in the database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept in %1 and are written the next time you open this interview or start Hindsight on this database. You may also save a copy to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close, Keep Them in the Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Window &amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some notes are not saved anywhere but in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing now would lose them. Save them to a file, or keep the window open while Hindsight keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the Notes As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview notes %1 %2.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Notes As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::VersionText</name>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 — replaced by an amendment on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment in progress (version %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::WhoSaidWhatDialog</name>
    <message>
        <source>Who Said What — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n submitted interview(s), side by side.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The interviewers disagree; the rows marked ≠ show where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not shown: a draft is its interviewer&apos;s alone until submitted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ui::WhoSaidWhatModel</name>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · depth %1 (%2)</source>
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
        <source>%1 product · %2 domain · %3 mixed · %4 unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None at depth 2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviews disagree here by the committee&apos;s rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
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
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain depths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to a regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
