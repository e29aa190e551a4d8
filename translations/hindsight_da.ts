<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Application</name>
    <message>
        <source>Try: hindsight --help</source>
        <translation>Prøv: hindsight --help</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke oprette mappen %1.</translation>
    </message>
    <message>
        <source>No automatic backup was made: %1</source>
        <translation>Der blev ikke lavet en automatisk backup: %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Tog backup af %1 til %2.</translation>
    </message>
    <message>
        <source>%1 already exists; restore replaces it only with --force, and then keeps it aside.</source>
        <translation>%1 findes allerede; restore erstatter den kun med --force og gemmer den så til side.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Gendannede %1 fra %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Databasen, den erstattede, er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>The newest backup that passes its integrity check is
%2
made on %1.

Open that backup instead? Anything saved after that time is not in it. The damaged file is not deleted: it is kept as
%3</source>
        <translation>Den nyeste backup, der består sin integritetskontrol, er
%2
lavet %1.

Åbn den backup i stedet? Alt, der er gemt efter det tidspunkt, er ikke med i den. Den beskadigede fil slettes ikke: den gemmes som
%3</translation>
    </message>
    <message>
        <source>&amp;Open the newest backup</source>
        <translation>&amp;Åbn den nyeste backup</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>The backup could not be opened, and nothing was changed: %1</source>
        <translation>Backuppen kunne ikke åbnes, og intet blev ændret: %1</translation>
    </message>
    <message>
        <source>Opened the backup made on %1. The damaged file is kept as %2.</source>
        <translation>Åbnede backuppen fra %1. Den beskadigede fil er gemt som %2.</translation>
    </message>
</context>
<context>
    <name>CalibrationFormatter</name>
    <message>
        <source>First</source>
        <translation>Første</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Anden</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Fælles</translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation>Samme profil</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation>Bredde, første − anden</translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation>Dybde, første − anden</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>udefineret</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n interviewer pair(s) with at least %2 candidates in common</source>
        <translation>
            <numerusform>%1 — %n interviewerpar med mindst %2 kandidater til fælles</numerusform>
            <numerusform>%1 — %n interviewerpar med mindst %2 kandidater til fælles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateDeleter</name>
    <message>
        <source>Delete Candidate</source>
        <translation>Slet kandidat</translation>
    </message>
    <message>
        <source>The candidate could not be read.</source>
        <translation>Kandidaten kunne ikke læses.</translation>
    </message>
    <message>
        <source>Everything held about them goes with them: %1.</source>
        <translation>Alt, hvad der er gemt om dem, forsvinder med dem: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) holding them will be rewritten without them.</source>
        <translation>
            <numerusform>%n sikkerhedskopi, der indeholder dem, bliver skrevet om uden dem.</numerusform>
            <numerusform>%n sikkerhedskopier, der indeholder dem, bliver skrevet om uden dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Delete the candidate %1?</source>
        <translation>Slet kandidaten %1?</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation>&amp;Slet kandidat</translation>
    </message>
    <message>
        <source>%1 could not be deleted; nothing was.</source>
        <translation>%1 kunne ikke slettes; intet blev slettet.</translation>
    </message>
    <message>
        <source>Their text is still in %1 because another program is reading the database; it goes when the last program using the database closes it.</source>
        <translation>Deres tekst findes stadig i %1, fordi et andet program læser databasen; den forsvinder, når det sidste program, der bruger databasen, lukker den.</translation>
    </message>
    <message>
        <source>Deleted, With a Problem</source>
        <translation>Slettet, med et problem</translation>
    </message>
    <message>
        <source>%1 was deleted from the database.</source>
        <translation>%1 blev slettet fra databasen.</translation>
    </message>
    <message>
        <source>Deleted the candidate %1.</source>
        <translation>Slettede kandidaten %1.</translation>
    </message>
    <message numerus="yes">
        <source>Everything the team server holds about them goes with them: %n submitted interview(s), </source>
        <translation>
            <numerusform>Alt, hvad teamserveren har om dem, forsvinder med dem: %n indsendt interview, </numerusform>
            <numerusform>Alt, hvad teamserveren har om dem, forsvinder med dem: %n indsendte interviews, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), their notes and placement overrides. This cannot be undone.</source>
        <translation>
            <numerusform>%n beslutning, deres noter og placeringsændringer. Det kan ikke fortrydes.</numerusform>
            <numerusform>%n beslutninger, deres noter og placeringsændringer. Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone is still interviewing them: the draft must be submitted or discarded first.</source>
        <translation>Nogen interviewer dem stadig: kladden skal indsendes eller kasseres først.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>This command needs the application window.</source>
        <translation>Denne kommando kræver programvinduet.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation>%1 (intet blev importeret)</translation>
    </message>
    <message>
        <source>Nothing to import: everything in %1 is already here.</source>
        <translation>Intet at importere: alt i %1 findes her allerede.</translation>
    </message>
    <message>
        <source>Importing %1 would do this (a dry run: nothing was written):</source>
        <translation>Import af %1 ville gøre dette (en prøvekørsel: intet blev skrevet):</translation>
    </message>
    <message>
        <source>Imported %1:</source>
        <translation>Importerede %1:</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2.</source>
        <translation>Skrev alt, hvad der gemmes om %1, til %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>Brug databasen ved &lt;sti&gt; i stedet for standarddatabasen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <source>Open a fresh demo database filled with example roles and candidates.</source>
        <translation>Åbn en ny demodatabase med eksempler på roller og kandidater.</translation>
    </message>
    <message>
        <source>The role &lt;R&gt;: its id or exact title.</source>
        <translation>Rollen &lt;R&gt;: dens id eller nøjagtige titel.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[kommando]</translation>
    </message>
    <message>
        <source>The JSON file for import and export.</source>
        <translation>JSON-filen til kommandoerne import og export.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fil]</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Ukendt format &quot;%1&quot;: brug table, json eller csv.</translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation>--demo åbner vinduet; det kan ikke kombineres med en kommando.</translation>
    </message>
    <message>
        <source>%1 needs a file name, as in: hindsight %1 FILE.json</source>
        <translation>%1 kræver et filnavn, fx: hindsight %1 FILE.json</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Uventet argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>scores needs a role, as in: hindsight scores --role &quot;Payment backend&quot;</source>
        <translation>scores kræver en rolle, fx: hindsight scores --role &quot;Payment backend&quot;</translation>
    </message>
    <message>
        <source>import takes no --role: it adds every role in the file.</source>
        <translation>import tager ikke --role: kommandoen tilføjer alle roller i filen.</translation>
    </message>
    <message>
        <source>Start, or reopen, your interview with candidate &lt;C&gt;: its id or exact name.</source>
        <translation>Start eller genåbn dit interview med kandidaten &lt;C&gt;: kandidatens id eller nøjagtige navn.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>--interview opens the window; it cannot be combined with a command.</source>
        <translation>--interview åbner vinduet; det kan ikke kombineres med en kommando.</translation>
    </message>
    <message>
        <source>The candidate &lt;C&gt; of a report: its id or exact name.</source>
        <translation>Kandidaten &lt;C&gt; i en rapport: kandidatens id eller nøjagtige navn.</translation>
    </message>
    <message>
        <source>Write the report as PDF to &lt;file&gt;.</source>
        <translation>Skriv rapporten som PDF til &lt;fil&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Leave candidates&apos; names out of a committee pack: Candidate A, B, …</source>
        <translation>Udelad kandidaternes navne i en udvalgsmappe: Kandidat A, B, …</translation>
    </message>
    <message>
        <source>--%1 belongs to a command such as scores or report.</source>
        <translation>--%1 hører til en kommando som scores eller report.</translation>
    </message>
    <message>
        <source>--%1 belongs to the report command.</source>
        <translation>--%1 hører til kommandoen report.</translation>
    </message>
    <message>
        <source>report needs --pdf and a file name, as in: %1</source>
        <translation>report kræver --pdf og et filnavn, fx: %1</translation>
    </message>
    <message>
        <source>report needs either --role R (committee pack, interview kit) or --candidate C (candidate summary), as in: %1</source>
        <translation>report kræver enten --role R (udvalgsmappe, interviewguide) eller --candidate C (kandidatresumé), fx: %1</translation>
    </message>
    <message>
        <source>--blind applies to a role&apos;s committee pack only.</source>
        <translation>--blind gælder kun for en rolles udvalgsmappe.</translation>
    </message>
    <message>
        <source>Write the role&apos;s printable interview kit instead of its committee pack.</source>
        <translation>Skriv rollens printbare interviewguide i stedet for dens udvalgsmappe.</translation>
    </message>
    <message>
        <source>--kit makes a role&apos;s interview kit: give the role with --role.</source>
        <translation>--kit laver en rolles interviewguide: angiv rollen med --role.</translation>
    </message>
    <message>
        <source>The largest file import reads, in MB (default 64): a larger one is refused before it is read.</source>
        <translation>Den største fil, import læser, i MB (standard 64): en større afvises, før den læses.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>--max-size belongs to the import command.</source>
        <translation>--max-size hører til kommandoen import.</translation>
    </message>
    <message>
        <source>--max-size takes a number of megabytes from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--max-size tager et antal megabyte fra 1 til %1, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>What delete and purge do with backups that hold an erased candidate: rewrite them without the candidate (default) or delete them.</source>
        <translation>Hvad delete og purge gør med sikkerhedskopier, der indeholder en slettet kandidat: skriv dem om uden kandidaten (standard), eller slet dem.</translation>
    </message>
    <message>
        <source>rewrite|delete</source>
        <translation>rewrite|delete</translation>
    </message>
    <message>
        <source>Erase without asking for confirmation.</source>
        <translation>Slet uden at bede om bekræftelse.</translation>
    </message>
    <message>
        <source>Purge candidates with no activity for &lt;N&gt; months (1 to %1).</source>
        <translation>Slet kandidater uden aktivitet i &lt;N&gt; måneder (1 til %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 belongs to the delete and purge commands.</source>
        <translation>--%1 hører til kommandoerne delete og purge.</translation>
    </message>
    <message>
        <source>--%1 belongs to the purge command.</source>
        <translation>--%1 hører til kommandoen purge.</translation>
    </message>
    <message>
        <source>%1 takes no --%2.</source>
        <translation>%1 tager ikke --%2.</translation>
    </message>
    <message>
        <source>delete needs a candidate, as in: hindsight delete --candidate &quot;Ana Lima&quot;</source>
        <translation>delete kræver en kandidat, fx: hindsight delete --candidate &quot;Ana Lima&quot;</translation>
    </message>
    <message>
        <source>export-person needs a candidate, as in: hindsight export-person --candidate &quot;Ana Lima&quot; ana.json</source>
        <translation>export-person kræver en kandidat, fx: hindsight export-person --candidate &quot;Ana Lima&quot; ana.json</translation>
    </message>
    <message>
        <source>purge takes no --candidate: to erase one candidate, use delete.</source>
        <translation>purge tager ikke --candidate: brug delete for at slette én kandidat.</translation>
    </message>
    <message>
        <source>Unknown --backups &quot;%1&quot;: use rewrite or delete.</source>
        <translation>Ukendt --backups &quot;%1&quot;: brug rewrite eller delete.</translation>
    </message>
    <message>
        <source>--inactive-months takes a number of months from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--inactive-months tager et antal måneder fra 1 til %1, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Write the backup to &lt;path&gt; (a file, or a folder to put it in) instead of the backups folder beside the database.</source>
        <translation>Skriv backuppen til &lt;sti&gt; (en fil eller en mappe at lægge den i) i stedet for backupmappen ved siden af databasen.</translation>
    </message>
    <message>
        <source>Let restore replace an existing database (it is kept aside, renamed).</source>
        <translation>Lad restore erstatte en eksisterende database (den gemmes til side under et nyt navn).</translation>
    </message>
    <message>
        <source>restore needs the BACKUP to put in the database&apos;s place, as in: hindsight restore backups/hindsight-20260301-090000.sqlite3</source>
        <translation>restore kræver den BACKUP, der skal i databasens sted, fx: hindsight restore backups/hindsight-20260301-090000.sqlite3</translation>
    </message>
    <message>
        <source>%1 takes no --role: it works on the whole database file.</source>
        <translation>%1 tager ikke --role: kommandoen arbejder på hele databasefilen.</translation>
    </message>
    <message>
        <source>--to belongs to the backup command.</source>
        <translation>--to hører til kommandoen backup.</translation>
    </message>
    <message>
        <source>--force belongs to the restore command.</source>
        <translation>--force hører til kommandoen restore.</translation>
    </message>
    <message>
        <source>Output format of scores and calibration: table, json or csv.</source>
        <translation>Outputformat for scores og calibration: table, json eller csv.</translation>
    </message>
    <message>
        <source>calibration needs a role, as in: hindsight calibration --role &quot;Payment backend&quot;</source>
        <translation>calibration kræver en rolle, fx: hindsight calibration --role &quot;Payment backend&quot;</translation>
    </message>
    <message>
        <source>--format belongs to the scores and calibration commands.</source>
        <translation>--format hører til kommandoerne scores og calibration.</translation>
    </message>
    <message>
        <source>Report what import would add, merge and skip, or what purge would erase, and write nothing.</source>
        <translation>Vis hvad import ville tilføje, flette og springe over, eller hvad purge ville slette, og skriv intet.</translation>
    </message>
    <message>
        <source>--dry-run belongs to the import and purge commands.</source>
        <translation>--dry-run hører til kommandoerne import og purge.</translation>
    </message>
    <message>
        <source>Work on the team server at &lt;URL&gt; (a PostgreSQL URI) instead of a database file.</source>
        <translation>Arbejd på teamserveren på &lt;URL&gt; (en PostgreSQL-URI) i stedet for en databasefil.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The name of the interviewer team add-interviewer adds.</source>
        <translation>Navnet på den interviewer, som team add-interviewer tilføjer.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>The e-mail of the interviewer team add-interviewer adds.</source>
        <translation>E-mailen på den interviewer, som team add-interviewer tilføjer.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>import, export, scores, calibration, report, backup, restore, delete, purge, export-person or team (see above).</source>
        <translation>import, export, scores, calibration, report, backup, restore, delete, purge, export-person eller team (se ovenfor).</translation>
    </message>
    <message>
        <source>Give either --database or --server, not both.</source>
        <translation>Angiv enten --database eller --server, ikke begge.</translation>
    </message>
    <message>
        <source>--demo opens a fresh demo database file; it cannot be combined with --server.</source>
        <translation>--demo åbner en ny demodatabasefil; den kan ikke kombineres med --server.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use import, export, scores, calibration, report, backup, restore, delete, purge, export-person or team.</source>
        <translation>Ukendt kommando &quot;%1&quot;: brug import, export, scores, calibration, report, backup, restore, delete, purge, export-person eller team.</translation>
    </message>
    <message>
        <source>--%1 belongs to the command team add-interviewer.</source>
        <translation>--%1 hører til kommandoen team add-interviewer.</translation>
    </message>
    <message>
        <source>team init takes no --name or --email: add interviewers with team add-interviewer.</source>
        <translation>team init tager ingen --name eller --email: tilføj interviewere med team add-interviewer.</translation>
    </message>
    <message>
        <source>team add-interviewer needs the LOGIN to create, as in: %1</source>
        <translation>team add-interviewer skal have det LOGIN, der skal oprettes, som i: %1</translation>
    </message>
    <message>
        <source>team add-interviewer needs the interviewer&apos;s --name, as in: %1</source>
        <translation>team add-interviewer skal have interviewerens --name, som i: %1</translation>
    </message>
    <message>
        <source>team needs init or add-interviewer, as in: %1</source>
        <translation>team skal have init eller add-interviewer, som i: %1</translation>
    </message>
    <message>
        <source>Unknown team command &quot;%1&quot;: use init or add-interviewer.</source>
        <translation>Ukendt team-kommando &quot;%1&quot;: brug init eller add-interviewer.</translation>
    </message>
    <message>
        <source>team %1 needs the team server: --server URL, as in: %2</source>
        <translation>team %1 skal have teamserveren: --server URL, som i: %2</translation>
    </message>
    <message>
        <source>team %1 takes no --%2.</source>
        <translation>team %1 tager ingen --%2.</translation>
    </message>
    <message>
        <source>team %1 takes no --format.</source>
        <translation>team %1 tager ingen --format.</translation>
    </message>
    <message>
        <source>%1 works on a database file, not on a team server: a team server is backed up and restored by its administrators, with PostgreSQL&apos;s own tools.</source>
        <translation>%1 virker på en databasefil, ikke på en teamserver: en teamserver sikkerhedskopieres og gendannes af dens administratorer med PostgreSQLs egne værktøjer.</translation>
    </message>
    <message>
        <source>--backups is about a database file&apos;s backups; a team server&apos;s are its administrators&apos;.</source>
        <translation>--backups handler om en databasefils sikkerhedskopier; en teamservers er dens administratorers.</translation>
    </message>
    <message>
        <source>The language of this run: en, da or id (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Sproget for denne kørsel: en, da eller id (standard: det valgte i Indstillinger, ellers systemets).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Ukendt sprog &quot;%1&quot;: brug %2.</translation>
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
        <translation>Hindsight hjælper interviewere med at ansætte backend-udviklere med den rette profil.

Kommandoer:
  (ingen)                     åbn programvinduet
  --interview C               åbn interviewskærmen for kandidat C
  import FILE.json [--dry-run]
                              flet roller og kandidater fra en udvekslingsfil ind;
                              viser hvad der blev tilføjet, flettet og sprunget over
                              (--dry-run: hvad der ville blive, uden at skrive noget)
  export FILE.json [--role R] skriv alt, eller én rolle, som udvekslings-JSON
  scores --role R [--format table|json|csv]
                              bredde, dybde, arketype, egnethed og risici pr. kandidat
  calibration --role R [--format table|json|csv]
                              hvor godt hvert par af rollens interviewere er enige
  report --role R --pdf OUT.pdf [--blind] [--paper a4|letter]
                              rollens udvalgsmappe som PDF (--blind: uden navne)
  report --role R --kit --pdf OUT.pdf
                              rollens interviewguide, klar til udskrift
  report --candidate C --pdf OUT.pdf
                              resumé af én kandidat som PDF
  backup [--to PATH]          en kontrolleret kopi af databasen, i backupmappen ved
                              siden af den (de 7 nyeste gemmes) eller til PATH
  restore BACKUP [--force]    sæt en backup i databasens sted; --force erstatter en
                              eksisterende database, som gemmes til side
  delete --candidate C [--backups rewrite|delete] [--yes]
                              slet kandidat C og alt om vedkommende fra databasen
                              og dens sikkerhedskopier (spørger først uden --yes)
  purge [--inactive-months N] [--dry-run] [--backups rewrite|delete] [--yes]
                              slet alle kandidater uden aktivitet i N måneder
                              (standard: indstillingen for opbevaring)
  export-person --candidate C FILE.json
                              alt, hvad der gemmes om kandidat C, som JSON
  team init --server URL      sæt en teamserver op: skema, roller, sikkerhed på rækkeniveau
  team add-interviewer LOGIN --name NAME [--email E] --server URL
                              opret interviewerens login (adgangskode på standard-
                              input) og registrér navn og e-mail

R er et rolle-id eller den nøjagtige titel; C et kandidat-id eller det nøjagtige navn. Alle kommandoer og
vinduet virker på en teamserver med --server URL (en PostgreSQL-URI som
postgresql://alice@db.example/hiring; adgangskoden som libpq finder den: PGPASSWORD,
~/.pgpass, PGPASSFILE) i stedet for en databasefil.</translation>
    </message>
    <message>
        <source>The paper of the report: a4 or letter (default: the one chosen in Preferences, else the system&apos;s region&apos;s).</source>
        <translation>Rapportens papir: a4 eller letter (standard: det valgte i Indstillinger, ellers det, systemets region bruger).</translation>
    </message>
    <message>
        <source>a4|letter</source>
        <translation>a4|letter</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;: use a4 or letter.</source>
        <translation>Ukendt papir &quot;%1&quot;: brug a4 eller letter.</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>this field is required but missing</source>
        <translation>feltet er påkrævet, men mangler</translation>
    </message>
    <message>
        <source>this is not a Hindsight interchange file</source>
        <translation>dette er ikke en Hindsight-udvekslingsfil</translation>
    </message>
    <message>
        <source>expected the string &quot;hindsight&quot;, found %1; %2</source>
        <translation>forventede strengen &quot;hindsight&quot;, fandt %1; %2</translation>
    </message>
    <message>
        <source>expected &quot;hindsight&quot;, found &quot;%1&quot;; %2</source>
        <translation>forventede &quot;hindsight&quot;, fandt &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
        <translation>forventede tallet %1, fandt %2</translation>
    </message>
    <message>
        <source>another role already has id &quot;%1&quot;</source>
        <translation>en anden rolle har allerede id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown domain &quot;%1&quot;</source>
        <translation>ukendt domæne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no role has id &quot;%1&quot;</source>
        <translation>ingen rolle har id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected &quot;active&quot; or &quot;withdrawn&quot;</source>
        <translation>ukendt status &quot;%1&quot;; forventede &quot;active&quot; eller &quot;withdrawn&quot;</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;; expected advance, hire, no-hire or hold</source>
        <translation>ukendt udfald &quot;%1&quot;; forventede advance, hire, no-hire eller hold</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Hindsight reads versions 1 to %2</source>
        <translation>version %1 understøttes ikke; denne Hindsight læser version 1 til %2</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 already exists; --demo only creates new databases. Choose another --database path or leave it out.</source>
        <translation>%1 findes allerede; --demo opretter kun nye databaser. Vælg en anden sti med --database, eller udelad indstillingen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke oprette mappen %1.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build of Hindsight.</source>
        <translation>Demodataene mangler i denne udgave af Hindsight.</translation>
    </message>
    <message>
        <source>Cannot write the demo database to %1.</source>
        <translation>Kan ikke skrive demodatabasen til %1.</translation>
    </message>
    <message>
        <source>The demo data is invalid.</source>
        <translation>Demodataene er ugyldige.</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>The notes kept in %1 are not in the database yet.</source>
        <translation>Noterne, der er gemt i %1, er endnu ikke i databasen.</translation>
    </message>
</context>
<context>
    <name>EntityLookup</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>No role &quot;%1&quot;: the database has no roles yet.</source>
        <translation>Ingen rolle &quot;%1&quot;: databasen har endnu ingen roller.</translation>
    </message>
    <message>
        <source>No role &quot;%1&quot;. Roles: %2.</source>
        <translation>Ingen rolle &quot;%1&quot;. Roller: %2.</translation>
    </message>
    <message>
        <source>Several roles are called &quot;%1&quot;; name one by id: %2.</source>
        <translation>Flere roller hedder &quot;%1&quot;; angiv én med id: %2.</translation>
    </message>
    <message>
        <source>No candidate &quot;%1&quot;. Give a candidate id or the exact name.</source>
        <translation>Ingen kandidat &quot;%1&quot;. Angiv et kandidat-id eller det nøjagtige navn.</translation>
    </message>
    <message>
        <source>Several candidates are called &quot;%1&quot;; name one by id: %2.</source>
        <translation>Flere kandidater hedder &quot;%1&quot;; angiv én med id: %2.</translation>
    </message>
</context>
<context>
    <name>ErasureCommands</name>
    <message>
        <source>This command is not about one person&apos;s data.</source>
        <translation>Denne kommando handler ikke om én persons data.</translation>
    </message>
    <message>
        <source>purge needs a period, as in: hindsight purge --inactive-months 24 (the retention setting is off).</source>
        <translation>purge kræver en periode, fx: hindsight purge --inactive-months 24 (indstillingen for opbevaring er slået fra).</translation>
    </message>
    <message>
        <source>Kept: %1 (id %2) has no recorded activity; delete them by hand if they are due.</source>
        <translation>Beholdt: %1 (id %2) har ingen registreret aktivitet; slet vedkommende manuelt, hvis tiden er gået.</translation>
    </message>
    <message numerus="yes">
        <source>No candidate has been inactive since %1 (%n month(s)).</source>
        <translation>
            <numerusform>Ingen kandidat har været inaktiv siden %1 (%n måned).</numerusform>
            <numerusform>Ingen kandidat har været inaktiv siden %1 (%n måneder).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive since %1 (%n month(s)):</source>
        <translation>
            <numerusform>Inaktive siden %1 (%n måned):</numerusform>
            <numerusform>Inaktive siden %1 (%n måneder):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (id %2), last activity %3</source>
        <translation>  %1 (id %2), seneste aktivitet %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was erased.</source>
        <translation>Prøvekørsel: intet blev slettet.</translation>
    </message>
    <message>
        <source>To be erased from %1:</source>
        <translation>Slettes fra %1:</translation>
    </message>
    <message>
        <source>  %1 (id %2), %3</source>
        <translation>  %1 (id %2), %3</translation>
    </message>
    <message>
        <source>with %1.</source>
        <translation>med %1.</translation>
    </message>
    <message>
        <source>No backup in %1 holds them.</source>
        <translation>Ingen sikkerhedskopi i %1 indeholder dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them will be deleted:</source>
        <translation>
            <numerusform>%n sikkerhedskopi i %1 med dem slettes:</numerusform>
            <numerusform>%n sikkerhedskopier i %1 med dem slettes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them will be rewritten without them:</source>
        <translation>
            <numerusform>%n sikkerhedskopi i %1 med dem skrives om uden dem:</numerusform>
            <numerusform>%n sikkerhedskopier i %1 med dem skrives om uden dem:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 cannot be read: %2</source>
        <translation>  %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>nothing was erased: erasing asks for confirmation and standard input is not a terminal. Run it again with --yes to erase without asking.</source>
        <translation>intet blev slettet: sletning kræver bekræftelse, og standardinput er ikke en terminal. Kør kommandoen igen med --yes for at slette uden at spørge.</translation>
    </message>
    <message>
        <source>Erase this for good? Type yes to erase: </source>
        <translation>Slet dette for altid? Skriv ja for at slette: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nothing was erased.</source>
        <translation>intet blev slettet.</translation>
    </message>
    <message>
        <source>Deleted the backup %1.</source>
        <translation>Slettede sikkerhedskopien %1.</translation>
    </message>
    <message>
        <source>Rewrote the backup %1 without them.</source>
        <translation>Skrev sikkerhedskopien %1 om uden dem.</translation>
    </message>
    <message>
        <source>nothing was erased from the database: %1</source>
        <translation>intet blev slettet fra databasen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n candidate(s) from %1.</source>
        <translation>
            <numerusform>Slettede %n kandidat fra %1.</numerusform>
            <numerusform>Slettede %n kandidater fra %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>their text is still in %1: another program is reading the database. SQLite empties that file when the last program using the database closes it; close every Hindsight on it.</source>
        <translation>deres tekst findes stadig i %1: et andet program læser databasen. SQLite tømmer filen, når det sidste program, der bruger databasen, lukker den; luk alle Hindsight-vinduer på den.</translation>
    </message>
    <message>
        <source>To be erased from the team server %1:</source>
        <translation>Slettes fra teamserveren %1:</translation>
    </message>
    <message numerus="yes">
        <source>with %n submitted interview(s), </source>
        <translation>
            <numerusform>med %n indsendt interview, </numerusform>
            <numerusform>med %n indsendte interviews, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), their notes and placement overrides.</source>
        <translation>
            <numerusform>%n beslutning, deres noter og placeringsændringer.</numerusform>
            <numerusform>%n beslutninger, deres noter og placeringsændringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was erased: someone is still interviewing %1; the draft must be submitted or discarded first.</source>
        <translation>intet blev slettet: nogen interviewer stadig %1; kladden skal indsendes eller kasseres først.</translation>
    </message>
    <message>
        <source>nothing was erased: %1</source>
        <translation>intet blev slettet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n candidate(s) from the team server %1.</source>
        <translation>
            <numerusform>Slettede %n kandidat fra teamserveren %1.</numerusform>
            <numerusform>Slettede %n kandidater fra teamserveren %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n kladde</numerusform>
            <numerusform>%n kladder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation>
            <numerusform>%n fortrydelse</numerusform>
            <numerusform>%n fortrydelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n beslutning</numerusform>
            <numerusform>%n beslutninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement override(s)</source>
        <translation>
            <numerusform>%n tilsidesat placering</numerusform>
            <numerusform>%n tilsidesatte placeringer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the database</source>
        <translation>databasen</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Ingen fejl.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan ikke åbne databasen %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hindsight database, or it is damaged.</source>
        <translation>%1 er ikke en Hindsight-database, eller den er beskadiget.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hindsight. Update Hindsight to open it.</source>
        <translation>%1 er skrevet af en nyere version af Hindsight. Opdater Hindsight for at åbne den.</translation>
    </message>
    <message>
        <source>The database is busy: another Hindsight holds it (%1). Close the other one and try again.</source>
        <translation>Databasen er optaget: en anden forekomst af Hindsight bruger den (%1). Luk den anden, og prøv igen.</translation>
    </message>
    <message>
        <source>The disk is full or could not be written while saving to %1 (%2). The last change was not saved; free some space and try again.</source>
        <translation>Disken er fuld, eller der kunne ikke skrives ved lagring til %1 (%2). Den seneste ændring blev ikke gemt; frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only (%2).</source>
        <translation>Kan ikke skrive til %1: filen eller dens mappe er skrivebeskyttet (%2).</translation>
    </message>
    <message>
        <source>The change to %1 conflicts with data already stored (%2).</source>
        <translation>Ændringen af %1 er i konflikt med data, der allerede er gemt (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist; it may have been deleted.</source>
        <translation>%1 findes ikke; det er muligvis blevet slettet.</translation>
    </message>
    <message>
        <source>%1 is still in use and cannot be removed.</source>
        <translation>%1 er stadig i brug og kan ikke fjernes.</translation>
    </message>
    <message>
        <source>The interview (%1) has been submitted and can no longer be changed.</source>
        <translation>Interviewet (%1) er indsendt og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>The value of %1 is not allowed: %2.</source>
        <translation>Værdien af %1 er ikke tilladt: %2.</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation>Uventet databasefejl i %1: %2</translation>
    </message>
    <message>
        <source>Only the interviewer who submitted the interview (%1) may amend it.</source>
        <translation>Kun intervieweren, der indsendte interviewet (%1), må rette det.</translation>
    </message>
    <message>
        <source>%1 is not a Hindsight database, or it is damaged: %2. Nothing was written to it.</source>
        <translation>%1 er ikke en Hindsight-database, eller den er beskadiget: %2. Der blev ikke skrevet noget til den.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation>%1 findes allerede og blev ladt, som den var.</translation>
    </message>
    <message>
        <source>The team server refused %1: %2</source>
        <translation>Teamserveren afviste %1: %2</translation>
    </message>
    <message>
        <source>The team server cannot be reached (%1: %2).</source>
        <translation>Teamserveren kan ikke nås (%1: %2).</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Placement overrides</source>
        <translation>Placeringsændringer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Interview by</source>
        <translation>Interview ved</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Placement override</source>
        <translation>Placeringsændring</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>breadth demand</source>
        <translation>krav til bredde</translation>
    </message>
    <message>
        <source>domain demands</source>
        <translation>krav til domæner</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>profile link</source>
        <translation>profillink</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>breadth / depth</source>
        <translation>bredde / dybde</translation>
    </message>
    <message>
        <source>sealed content</source>
        <translation>forseglet indhold</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 merged, %4 skipped (already here)</source>
        <translation>%1: %2 tilføjet, %3 flettet, %4 sprunget over (findes allerede)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2) may be %3, who is already here: added as another candidate; merge them (Candidate → Merge Candidate…) if they are the same person.</source>
        <translation>%1 (%2) kan være %3, som allerede findes: tilføjet som en anden kandidat; flet dem (Kandidat → Flet kandidat…), hvis de er samme person.</translation>
    </message>
    <message>
        <source>took the file&apos;s newer &quot;%1&quot; over &quot;%2&quot;</source>
        <translation>tog filens nyere &quot;%1&quot; frem for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>kept &quot;%1&quot;; the file has &quot;%2&quot;</source>
        <translation>beholdt &quot;%1&quot;; filen har &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n):</source>
        <translation>
            <numerusform>Mulig dublet (%n):</numerusform>
            <numerusform>Mulige dubletter (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n):</source>
        <translation>
            <numerusform>Konflikt (%n):</numerusform>
            <numerusform>Konflikter (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewReader</name>
    <message>
        <source>unknown level &quot;%1&quot;; expected product, domain, mixed or unclear</source>
        <translation>ukendt niveau &quot;%1&quot;; forventede product, domain, mixed eller unclear</translation>
    </message>
    <message>
        <source>unknown domain &quot;%1&quot;</source>
        <translation>ukendt domæne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;</source>
        <translation>ukendt lag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a %1 regret needs a domain</source>
        <translation>en fortrydelse på niveauet %1 kræver et domæne</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>ukendt fase &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a probe id or an object</source>
        <translation>et opfølgnings-id eller et objekt</translation>
    </message>
    <message>
        <source>a probe id must not be empty</source>
        <translation>et opfølgnings-id må ikke være tomt</translation>
    </message>
    <message>
        <source>expected an integer from 0 to %1, found %2</source>
        <translation>forventede et heltal fra 0 til %1, fandt %2</translation>
    </message>
    <message>
        <source>the interview has no regret to link this note to</source>
        <translation>interviewet har ingen fortrydelse, som noten kan knyttes til</translation>
    </message>
    <message>
        <source>the interview has no regret this probe was asked for</source>
        <translation>interviewet har ingen fortrydelse, som denne opfølgning blev stillet til</translation>
    </message>
    <message>
        <source>another regret of this interview already has id &quot;%1&quot;</source>
        <translation>en anden fortrydelse i dette interview har allerede id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no regret of this interview has id &quot;%1&quot;</source>
        <translation>ingen fortrydelse i dette interview har id &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>cannot export to %1</source>
        <translation>kan ikke eksportere til %1</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>expected an object at the top level, found %1</source>
        <translation>forventede et objekt på øverste niveau, fandt %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>et array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>en enkelt værdi</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 findes ikke</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>cannot import %1</source>
        <translation>kan ikke importere %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the data to a file and import that</source>
        <translation>%1 er ikke en almindelig fil (en enhed, et rør eller en sokkel); gem dataene i en fil, og importér den</translation>
    </message>
    <message>
        <source>%1 is larger than the import limit of %2 MB; if it really is an interchange file, raise the limit (hindsight import --max-size MB)</source>
        <translation>%1 er større end importgrænsen på %2 MB; hvis det virkelig er en udvekslingsfil, så hæv grænsen (hindsight import --max-size MB)</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke læse filen: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>filen er større end grænsen på %1 byte</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>filen slutter midt i en streng</translation>
    </message>
    <message>
        <source>a backslash in a string starts no valid escape</source>
        <translation>en omvendt skråstreg i en streng indleder ingen gyldig escape-sekvens</translation>
    </message>
    <message>
        <source>\u is not followed by four hexadecimal digits</source>
        <translation>\u efterfølges ikke af fire hexadecimale cifre</translation>
    </message>
    <message>
        <source>a number is cut short</source>
        <translation>et tal er afbrudt</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>strengen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>et array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>forventede %1, fandt %2</translation>
    </message>
    <message>
        <source>this field is required but missing</source>
        <translation>feltet er påkrævet, men mangler</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>en ikke-tom streng</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en streng</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>et tal fra %1 til %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation>et heltal på mindst %1</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>et heltal fra %1 til %2</translation>
    </message>
    <message>
        <source>expected %1, found %2, which is beyond 2^53 (%3): a JSON number cannot carry it exactly</source>
        <translation>forventede %1, fandt %2, som er over 2^53 (%3): et JSON-tal kan ikke gengive det præcist</translation>
    </message>
    <message>
        <source>expected a date and time in ISO 8601 form such as 2026-11-20T10:00:00Z, found &quot;%1&quot;</source>
        <translation>forventede dato og klokkeslæt i ISO 8601-format, fx 2026-11-20T10:00:00Z, fandt &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message>
        <source>the file ends in the middle of the document</source>
        <translation>filen slutter midt i dokumentet</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>forventede en værdi</translation>
    </message>
    <message>
        <source>arrays and objects nest deeper than %1 levels here; the limit is %1</source>
        <translation>arrays og objekter er her indlejret mere end %1 niveauer dybt; grænsen er %1</translation>
    </message>
    <message>
        <source>expected , or } after a member</source>
        <translation>forventede , eller } efter et medlem</translation>
    </message>
    <message>
        <source>expected , or ] after an element</source>
        <translation>forventede , eller ] efter et element</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>forventede en nøgle i dobbelte anførselstegn</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: an object names each key once</source>
        <translation>dobbelt nøgle &quot;%1&quot;: et objekt nævner hver nøgle én gang</translation>
    </message>
    <message>
        <source>expected : after a key</source>
        <translation>forventede : efter en nøgle</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>byte, der ikke er UTF-8</translation>
    </message>
    <message>
        <source>half of a UTF-16 surrogate pair</source>
        <translation>halvdelen af et UTF-16-surrogatpar</translation>
    </message>
    <message>
        <source>a key holds %1</source>
        <translation>en nøgle indeholder %1</translation>
    </message>
    <message>
        <source>the text holds %1</source>
        <translation>teksten indeholder %1</translation>
    </message>
    <message>
        <source>a key holds the control character %1</source>
        <translation>en nøgle indeholder kontroltegnet %1</translation>
    </message>
    <message>
        <source>the text holds the control character %1 at character %2; text may hold tab and newline but no other control character</source>
        <translation>teksten indeholder kontroltegnet %1 ved tegn %2; tekst må indeholde tabulator og linjeskift, men ingen andre kontroltegn</translation>
    </message>
    <message>
        <source>the text holds the control character %1 at character %2; a name, title, e-mail address or id is one line without control characters</source>
        <translation>teksten indeholder kontroltegnet %1 ved tegn %2; et navn, en titel, en e-mailadresse eller et id er én linje uden kontroltegn</translation>
    </message>
    <message>
        <source>a key is %1 characters long; the limit is %2</source>
        <translation>en nøgle er %1 tegn lang; grænsen er %2</translation>
    </message>
    <message>
        <source>the text is %1 characters long; the limit is %2</source>
        <translation>teksten er %1 tegn lang; grænsen er %2</translation>
    </message>
    <message>
        <source>a number is written with %1 characters; the limit is %2</source>
        <translation>et tal er skrevet med %1 tegn; grænsen er %2</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>forventede %1</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translation>der følger mere tekst efter dokumentets slutning</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>ikke gyldig JSON ved byte %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1, in %2: %3</source>
        <translation>ikke gyldig JSON ved byte %1, i %2: %3</translation>
    </message>
</context>
<context>
    <name>NotesTextFile</name>
    <message>
        <source>Interview with %1 for %2</source>
        <translation>Interview med %1 til %2</translation>
    </message>
    <message>
        <source>Interviewer: %1</source>
        <translation>Interviewer: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Being typed: %1</source>
        <translation>Ved at blive skrevet: %1</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Fortrydelse %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau: %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domæne: %1</translation>
    </message>
    <message>
        <source>Depth: %1</source>
        <translation>Dybde: %1</translation>
    </message>
</context>
<context>
    <name>PersonExporter</name>
    <message>
        <source>cannot export to %1</source>
        <translation>kan ikke eksportere til %1</translation>
    </message>
</context>
<context>
    <name>RoleDeleter</name>
    <message>
        <source>Delete Role</source>
        <translation>Slet rolle</translation>
    </message>
    <message>
        <source>The role could not be read.</source>
        <translation>Rollen kunne ikke læses.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n candidate(s) apply for it.</source>
        <translation>
            <numerusform>%1 kan ikke slettes: %n kandidat søger den.</numerusform>
            <numerusform>%1 kan ikke slettes: %n kandidater søger den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete those candidates, or move them to another role, first.</source>
        <translation>Slet først de kandidater, eller flyt dem til en anden rolle.</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Slet rollen %1?</translation>
    </message>
    <message>
        <source>Its breadth and domain demands and its team go with it. No candidate applies for it.</source>
        <translation>Dens krav til bredde og domæner og dens team forsvinder med den. Ingen kandidat søger den.</translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation>&amp;Slet rolle</translation>
    </message>
    <message>
        <source>The role could not be deleted.</source>
        <translation>Rollen kunne ikke slettes.</translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation>Slettede rollen %1.</translation>
    </message>
</context>
<context>
    <name>RoleTemplates</name>
    <message>
        <source>Early-stage product</source>
        <translation>Produkt i tidlig fase</translation>
    </message>
    <message>
        <source>Builds the backend of a young product: CRUD APIs for the frontend, third-party integrations (payments, e-mail, analytics) and the background jobs that glue them together.</source>
        <translation>Bygger backenden til et ungt produkt: CRUD-API&apos;er til frontenden, tredjepartsintegrationer (betalinger, e-mail, analyse) og de baggrundsjob, der binder det hele sammen.</translation>
    </message>
    <message>
        <source>The work touches almost every layer of the stack but none of it deeply yet, so breadth matters far more than specialist depth.</source>
        <translation>Arbejdet berører næsten alle lag i stakken, men endnu ingen af dem i dybden, så bredde betyder langt mere end specialistdybde.</translation>
    </message>
    <message>
        <source>Small team, full-stack ownership</source>
        <translation>Lille team, ansvar for hele stakken</translation>
    </message>
    <message>
        <source>One of a handful of engineers who own several services end to end, from the database and the API to deployment and on-call.</source>
        <translation>En af en håndfuld udviklere, der har det fulde ansvar for flere services, fra databasen og API&apos;et til udrulning og tilkaldevagt.</translation>
    </message>
    <message>
        <source>With nobody to hand work to, the person must debug a query, a proxy and a failed job in the same afternoon: wide, not deep.</source>
        <translation>Uden nogen at overdrage arbejdet til må personen fejlfinde en forespørgsel, en proxy og et fejlet job på samme eftermiddag: bredt, ikke dybt.</translation>
    </message>
    <message>
        <source>Greenfield service, shifting requirements</source>
        <translation>Ny service fra bunden, skiftende krav</translation>
    </message>
    <message>
        <source>Starts a new service whose requirements change every sprint; the design has to stay cheap to change.</source>
        <translation>Starter en ny service, hvis krav ændrer sig hvert sprint; designet skal forblive billigt at ændre.</translation>
    </message>
    <message>
        <source>When the problem is still moving, a simple design across many layers beats a deep investment in any one domain.</source>
        <translation>Når problemet stadig flytter sig, slår et simpelt design på tværs af mange lag en dyb investering i et enkelt domæne.</translation>
    </message>
    <message>
        <source>Payment processing engine</source>
        <translation>Motor til betalingsbehandling</translation>
    </message>
    <message>
        <source>Owns the engine that authorises, captures and settles payments: idempotency, ledgers, retries and reconciliation.</source>
        <translation>Har ansvaret for motoren, der autoriserer, hæver og afregner betalinger: idempotens, hovedbøger, genforsøg og afstemning.</translation>
    </message>
    <message>
        <source>A lost or doubled payment is the failure that matters, and only deep payments knowledge sees it coming.</source>
        <translation>En tabt eller dobbelt betaling er den fejl, der betyder noget, og kun dyb viden om betalinger ser den komme.</translation>
    </message>
    <message>
        <source>Real-time fraud detection</source>
        <translation>Svindeldetektion i realtid</translation>
    </message>
    <message>
        <source>Scores tens of thousands of transactions a minute within a tight latency budget: stream processing, a feature store, the scoring engine.</source>
        <translation>Scorer titusindvis af transaktioner i minuttet inden for et stramt latenstidsbudget: streambehandling, et feature store og scoringsmotoren.</translation>
    </message>
    <message>
        <source>The system fails under load, not in the API, so streaming and latency depth decide whether it holds.</source>
        <translation>Systemet fejler under belastning, ikke i API&apos;et, så dybde inden for streaming og latenstid afgør, om det holder.</translation>
    </message>
    <message>
        <source>Distributed job scheduler</source>
        <translation>Distribueret jobplanlægger</translation>
    </message>
    <message>
        <source>Builds the scheduler that runs jobs across many machines exactly when and as often as promised, through node failures.</source>
        <translation>Bygger planlæggeren, der kører job på tværs af mange maskiner præcis når og så ofte som lovet, også når noder fejler.</translation>
    </message>
    <message>
        <source>Leases, clocks and partial failures are distributed-systems territory; a generalist&apos;s design works until the first partition.</source>
        <translation>Leases, ure og delvise fejl hører hjemme i distribuerede systemer; en generalists design virker indtil den første netværkspartition.</translation>
    </message>
    <message>
        <source>Database-performance-critical product</source>
        <translation>Produkt, hvor databaseydelsen er kritisk</translation>
    </message>
    <message>
        <source>Keeps a data-heavy product fast: query plans, indexing strategy, storage layout and the latency of the hot paths.</source>
        <translation>Holder et datatungt produkt hurtigt: forespørgselsplaner, indekseringsstrategi, lagringslayout og latenstiden på de mest belastede stier.</translation>
    </message>
    <message>
        <source>Knowing why a plan ignores an index, or when a partial index helps, is the job, so depth in database internals dominates.</source>
        <translation>Jobbet er at vide, hvorfor en plan ignorerer et indeks, eller hvornår et delvist indeks hjælper, så dybde i databasers interne opbygning vejer tungest.</translation>
    </message>
    <message>
        <source>Regulated boundary (PCI DSS / SOC 2 / HIPAA)</source>
        <translation>Reguleret afgrænsning (PCI DSS / SOC 2 / HIPAA)</translation>
    </message>
    <message>
        <source>Owns the part of the system auditors look at: encryption at rest, key handling, access control and audit-log retention.</source>
        <translation>Har ansvaret for den del af systemet, som revisorer ser på: kryptering af lagrede data, nøglehåndtering, adgangskontrol og opbevaring af auditlogs.</translation>
    </message>
    <message>
        <source>A compliance boundary is only as strong as its weakest invariant, which takes specialist depth in compliance and cryptography.</source>
        <translation>En compliance-afgrænsning er kun så stærk som dens svageste invariant, og det kræver specialistdybde i compliance og kryptografi.</translation>
    </message>
    <message>
        <source>Specialist with broad awareness (t-shaped)</source>
        <translation>Specialist med bredt overblik (T-formet)</translation>
    </message>
    <message>
        <source>Sets the architecture of one critical domain for a team of generalists and works fluently in the layers around it.</source>
        <translation>Fastlægger arkitekturen for ét kritisk domæne i et team af generalister og arbejder ubesværet i lagene omkring det.</translation>
    </message>
    <message>
        <source>The team needs someone deep enough to guard a domain&apos;s invariants and broad enough to work with everyone who touches it.</source>
        <translation>Teamet har brug for en, der er dyb nok til at værne om et domænes invarianter og bred nok til at arbejde sammen med alle, der berører det.</translation>
    </message>
</context>
<context>
    <name>ScoresFormatter</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Archetype</source>
        <translation>Arketype</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Egnethed</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message numerus="yes">
        <source>%1 — target breadth %2, depth %3 (%4); %n candidate(s)</source>
        <translation>
            <numerusform>%1 — mål: bredde %2, dybde %3 (%4); %n kandidat</numerusform>
            <numerusform>%1 — mål: bredde %2, dybde %3 (%4); %n kandidater</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 på %2</translation>
    </message>
</context>
<context>
    <name>StoreWindows</name>
    <message>
        <source>Open Database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Hindsight databases (*.sqlite3);;All files (*)</source>
        <translation>Hindsight-databaser (*.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation>%1 blev ikke åbnet.</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>The team server&apos;s database %1 is already set up; nothing was changed.</source>
        <translation>Teamserverens database %1 er allerede sat op; intet blev ændret.</translation>
    </message>
    <message>
        <source>The team server&apos;s database %1 is set up: tables in the schema hindsight, row-level security on interview content, the roles hindsight_owner and hindsight_interviewer. Add interviewers with: hindsight team add-interviewer LOGIN --name NAME --email E --server URL</source>
        <translation>Teamserverens database %1 er sat op: tabeller i skemaet hindsight, sikkerhed på rækkeniveau for interviewindhold, rollerne hindsight_owner og hindsight_interviewer. Tilføj interviewere med: hindsight team add-interviewer LOGIN --name NAVN --email E --server URL</translation>
    </message>
    <message>
        <source>%1 can now connect as the interviewer %2: hindsight --server postgresql://%1@HOST/%3</source>
        <translation>%1 kan nu forbinde som intervieweren %2: hindsight --server postgresql://%1@HOST/%3</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Adgangskode til %1: </translation>
    </message>
    <message>
        <source>
The same password again: </source>
        <translation>
Samme adgangskode igen: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De to adgangskoder er forskellige; intet blev ændret.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>Adgangskoden er tom; intet blev ændret.</translation>
    </message>
    <message>
        <source>team add-interviewer reads the new login&apos;s password from standard input, and got none; nothing was changed.</source>
        <translation>team add-interviewer læser det nye logins adgangskode fra standardinput og fik ingen; intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <source>your login</source>
        <translation>dit login</translation>
    </message>
    <message>
        <source>The team server asks for the password of %1.</source>
        <translation>Teamserveren beder om adgangskoden til %1.</translation>
    </message>
    <message>
        <source>The team server refused the password of %1. Type it again.</source>
        <translation>Teamserveren afviste adgangskoden til %1. Skriv den igen.</translation>
    </message>
    <message>
        <source>Connected, but the keyring did not keep the password: %1</source>
        <translation>Forbundet, men nøgleringen gemte ikke adgangskoden: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ActionRegistry</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Add roles and candidates from a Hindsight JSON file</source>
        <translation>Tilføj roller og kandidater fra en Hindsight-JSON-fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Close Hindsight</source>
        <translation>Luk Hindsight</translation>
    </message>
    <message>
        <source>&amp;Filter Candidates</source>
        <translation>&amp;Filtrér kandidater</translation>
    </message>
    <message>
        <source>Type to narrow the candidate list by name, e-mail or role</source>
        <translation>Skriv for at indsnævre kandidatlisten efter navn, e-mail eller rolle</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Læs databasen igen</translation>
    </message>
    <message>
        <source>&amp;Next Candidate</source>
        <translation>&amp;Næste kandidat</translation>
    </message>
    <message>
        <source>Show the next candidate in the list</source>
        <translation>Vis den næste kandidat på listen</translation>
    </message>
    <message>
        <source>&amp;Previous Candidate</source>
        <translation>&amp;Forrige kandidat</translation>
    </message>
    <message>
        <source>Show the previous candidate in the list</source>
        <translation>Vis den forrige kandidat på listen</translation>
    </message>
    <message>
        <source>&amp;About Hindsight</source>
        <translation>&amp;Om Hindsight</translation>
    </message>
    <message>
        <source>Version and licence of Hindsight</source>
        <translation>Version og licens for Hindsight</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>List every action and its shortcut</source>
        <translation>Vis alle handlinger og deres genveje</translation>
    </message>
    <message>
        <source>New &amp;Candidate…</source>
        <translation>Ny &amp;kandidat…</translation>
    </message>
    <message>
        <source>Add a candidate: a name and the role applied for</source>
        <translation>Tilføj en kandidat: navn og den rolle, vedkommende har søgt</translation>
    </message>
    <message>
        <source>&amp;Start Interview…</source>
        <translation>&amp;Start interview…</translation>
    </message>
    <message>
        <source>Open the live interview screen for the selected candidate, or your draft with them</source>
        <translation>Åbn interviewskærmen for den valgte kandidat, eller din kladde med vedkommende</translation>
    </message>
    <message>
        <source>New &amp;Role…</source>
        <translation>Ny &amp;rolle…</translation>
    </message>
    <message>
        <source>Add a role and its complexity profile, from scratch or from a template</source>
        <translation>Tilføj en rolle og dens kompleksitetsprofil, fra bunden eller ud fra en skabelon</translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation>&amp;Rediger rolle…</translation>
    </message>
    <message>
        <source>Change the selected role&apos;s title, breadth demand and domain demands</source>
        <translation>Ændr den valgte rolles titel, breddekrav og domænekrav</translation>
    </message>
    <message>
        <source>Committee &amp;Board</source>
        <translation>&amp;Udvalgstavle</translation>
    </message>
    <message>
        <source>Compare the role&apos;s candidates on one board: chart, table, gaps, decisions</source>
        <translation>Sammenlign rollens kandidater på én tavle: diagram, tabel, huller og beslutninger</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Save a candidate summary, committee pack or interview kit as PDF, or the data as JSON</source>
        <translation>Gem et kandidatresumé, en udvalgsmappe eller en interviewguide som PDF, eller dataene som JSON</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Print or preview a candidate summary, committee pack or interview kit</source>
        <translation>Udskriv eller forhåndsvis et kandidatresumé, en udvalgsmappe eller en interviewguide</translation>
    </message>
    <message>
        <source>My &amp;Drafts…</source>
        <translation>Mine &amp;kladder…</translation>
    </message>
    <message>
        <source>List the interviews you have not submitted, to reopen or discard one</source>
        <translation>Vis de interviews, du ikke har indsendt, så du kan genåbne eller kassere et</translation>
    </message>
    <message>
        <source>&amp;Time Budget…</source>
        <translation>&amp;Tidsbudget…</translation>
    </message>
    <message>
        <source>How long an interview should take: its clock turns amber past it</source>
        <translation>Hvor lang tid et interview bør tage: uret bliver ravgult, når tiden er gået</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>Your name and e-mail as the interviewer, the time budget and data retention</source>
        <translation>Dit navn og din e-mail som interviewer, tidsbudgettet og dataopbevaring</translation>
    </message>
    <message>
        <source>&amp;Delete Role…</source>
        <translation>&amp;Slet rolle…</translation>
    </message>
    <message>
        <source>Delete the selected role, with its demands and team; only a role nobody applies for</source>
        <translation>Slet den valgte rolle med dens krav og team; kun en rolle, som ingen søger</translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation>&amp;Rediger kandidat…</translation>
    </message>
    <message>
        <source>Correct the selected candidate&apos;s name, e-mail, role or link to their CV or profile</source>
        <translation>Ret den valgte kandidats navn, e-mail, rolle eller link til cv eller profil</translation>
    </message>
    <message>
        <source>&amp;Merge Candidate…</source>
        <translation>&amp;Flet kandidat…</translation>
    </message>
    <message>
        <source>Merge another record of the same person into the selected candidate</source>
        <translation>Flet en anden post for samme person ind i den valgte kandidat</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate…</source>
        <translation>&amp;Slet kandidat…</translation>
    </message>
    <message>
        <source>Delete the selected candidate with their interviews, notes and decisions</source>
        <translation>Slet den valgte kandidat med deres interviews, noter og beslutninger</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Å&amp;bn database…</translation>
    </message>
    <message>
        <source>Open another Hindsight database file in a window of its own</source>
        <translation>Åbn en anden Hindsight-databasefil i sit eget vindue</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>Forbind til &amp;teamserver…</translation>
    </message>
    <message>
        <source>Work on your hiring team&apos;s shared server, in a window of its own</source>
        <translation>Arbejd på dit ansættelsesteams fælles server i sit eget vindue</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Ko&amp;lonner…</translation>
    </message>
    <message>
        <source>Choose the columns of the evidence table</source>
        <translation>Vælg kolonnerne i tabellen med belæg</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ActionToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::AmendDialog</name>
    <message>
        <source>Amend Interview — %1</source>
        <translation>Ret interview — %1</translation>
    </message>
    <message>
        <source>Your interview with %1: version %2, amended %3.</source>
        <translation>Dit interview med %1: version %2, rettet %3.</translation>
    </message>
    <message>
        <source>Your interview with %1 on %2.</source>
        <translation>Dit interview med %1 den %2.</translation>
    </message>
    <message>
        <source>The amendment is a new version: the interview window opens on a copy, you correct it and seal it with Ctrl+Return. Version %1 is kept exactly as it was submitted and stays readable from the candidate page. Until you submit the amendment, version %1 is the one that counts.</source>
        <translation>Rettelsen er en ny version: interviewvinduet åbner en kopi, du retter den og forsegler den med Ctrl+Return. Version %1 bevares præcis, som den blev indsendt, og kan stadig læses fra kandidatsiden. Indtil du indsender rettelsen, er det version %1, der tæller.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begrundelse (påkrævet):</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Begrundelse for rettelsen</translation>
    </message>
    <message>
        <source>What was wrong, for example: regret 2 is domain-specific, not product-level; I mis-keyed it.</source>
        <translation>Hvad var forkert, fx: fortrydelse 2 er domænespecifik, ikke på produktniveau; jeg tastede forkert.</translation>
    </message>
    <message>
        <source>Everyone who reads this interview sees the reason and when you amended it: on the candidate page, on the committee board and in the reports. Ctrl+Return starts the amendment.</source>
        <translation>Alle, der læser interviewet, ser begrundelsen, og hvornår du rettede det: på kandidatsiden, på udvalgstavlen og i rapporterne. Ctrl+Return starter rettelsen.</translation>
    </message>
    <message>
        <source>&amp;Start Amendment</source>
        <translation>&amp;Start rettelse</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Skriv begrundelsen først.</translation>
    </message>
    <message>
        <source>Open the interview window on a new version</source>
        <translation>Åbn interviewvinduet på en ny version</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BlindMask</name>
    <message>
        <source>[name]</source>
        <translation>[navn]</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardActions</name>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Registrer &amp;beslutning…</translation>
    </message>
    <message>
        <source>Advance, hire, no hire or hold the selected candidate, with a rationale</source>
        <translation>Beslut for den valgte kandidat: gå videre, ansæt, ansæt ikke eller afvent, med en begrundelse</translation>
    </message>
    <message>
        <source>&amp;Override Placement…</source>
        <translation>&amp;Tilsidesæt placering…</translation>
    </message>
    <message>
        <source>Place the selected candidate elsewhere, with a written reason; the formula&apos;s figures stay</source>
        <translation>Placer den valgte kandidat et andet sted med en skriftlig begrundelse; formlens tal bevares</translation>
    </message>
    <message>
        <source>&amp;Who Said What…</source>
        <translation>&amp;Hvem sagde hvad…</translation>
    </message>
    <message>
        <source>Each interviewer&apos;s regrets, tags, depths, probes and figures side by side</source>
        <translation>Hver interviewers fortrydelser, markeringer, dybder, opfølgninger og tal side om side</translation>
    </message>
    <message>
        <source>&amp;Blind Mode</source>
        <translation>&amp;Blindtilstand</translation>
    </message>
    <message>
        <source>Show candidates as Candidate A, B, … to weigh the signal before identity</source>
        <translation>Vis kandidaterne som Kandidat A, B, … for at vurdere signalet før identiteten</translation>
    </message>
    <message>
        <source>Add &amp;Team Member</source>
        <translation>&amp;Tilføj teammedlem</translation>
    </message>
    <message>
        <source>Place a current team member on the chart by hand</source>
        <translation>Placer et nuværende teammedlem manuelt på diagrammet</translation>
    </message>
    <message>
        <source>&amp;Remove Team Member</source>
        <translation>&amp;Fjern teammedlem</translation>
    </message>
    <message>
        <source>Take the selected team member off the chart</source>
        <translation>Fjern det valgte teammedlem fra diagrammet</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Eksportér tabel som CSV…</translation>
    </message>
    <message>
        <source>The table as shown (sorted, filtered, blind or not) as a spreadsheet file</source>
        <translation>Tabellen, som den vises (sorteret, filtreret, blind eller ej), som regnearksfil</translation>
    </message>
    <message>
        <source>&amp;Search Candidates</source>
        <translation>&amp;Søg efter kandidater</translation>
    </message>
    <message>
        <source>Type to narrow the board to matching candidates</source>
        <translation>Skriv for at indsnævre tavlen til de matchende kandidater</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Ryd filtre</translation>
    </message>
    <message>
        <source>Show every candidate of the role again</source>
        <translation>Vis alle rollens kandidater igen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Read the database again: new submissions, decisions and team members</source>
        <translation>Læs databasen igen: nye indsendelser, beslutninger og teammedlemmer</translation>
    </message>
    <message>
        <source>&amp;Close Board</source>
        <translation>&amp;Luk tavle</translation>
    </message>
    <message>
        <source>Close this committee board</source>
        <translation>Luk denne udvalgstavle</translation>
    </message>
    <message>
        <source>Committee &amp;Pack…</source>
        <translation>&amp;Udvalgsmappe…</translation>
    </message>
    <message>
        <source>Export, preview or print the role&apos;s committee pack, blind when the board is in blind mode</source>
        <translation>Eksportér, forhåndsvis eller udskriv rollens udvalgsmappe, blind når udvalgstavlen er i blindtilstand</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Ko&amp;lonner…</translation>
    </message>
    <message>
        <source>Choose the columns of the table in focus (the board&apos;s table unless another has the focus)</source>
        <translation>Vælg kolonnerne i tabellen med fokus (tavlens tabel, medmindre en anden har fokus)</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardDetails</name>
    <message>
        <source>Interviewer calibration</source>
        <translation>Kalibrering af interviewere</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>Kan&amp;didat</translation>
    </message>
    <message>
        <source>Evidence &amp;gaps</source>
        <translation>&amp;Huller i belægget</translation>
    </message>
    <message>
        <source>C&amp;alibration</source>
        <translation>Ka&amp;librering</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>For each demanded domain and each layer: not probed, probed and shallow, or probed enough</source>
        <translation>For hvert krævet domæne og hvert lag: ikke undersøgt, undersøgt men overfladisk, eller tilstrækkeligt undersøgt</translation>
    </message>
    <message>
        <source>How interviewers with three or more candidates in common agree</source>
        <translation>Hvor enige interviewere med tre eller flere fælles kandidater er</translation>
    </message>
    <message>
        <source>The current team, placed on the chart by hand</source>
        <translation>Det nuværende team, placeret manuelt på diagrammet</translation>
    </message>
    <message>
        <source>Decisions and placements</source>
        <translation>Beslutninger og placeringer</translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation>Huller i belægget</translation>
    </message>
    <message>
        <source>Place the people the candidate would join, to see which shape the team lacks. Enter breadth and depth by hand (0 to 10); they are drawn as triangles and never scored.</source>
        <translation>Placer de personer, kandidaten ville komme til at arbejde sammen med, for at se, hvilken profil teamet mangler. Angiv bredde og dybde manuelt (0 til 10); de tegnes som trekanter og bedømmes aldrig.</translation>
    </message>
    <message>
        <source>No two interviewers have three or more candidates of this role in common yet; calibration needs at least three shared candidates to mean anything.</source>
        <translation>Ingen to interviewere har endnu tre eller flere af rollens kandidater til fælles; kalibrering kræver mindst tre fælles kandidater for at give mening.</translation>
    </message>
    <message>
        <source>Select a candidate on the chart or in the table.</source>
        <translation>Vælg en kandidat i diagrammet eller i tabellen.</translation>
    </message>
    <message>
        <source>Select a candidate to see which evidence is missing.</source>
        <translation>Vælg en kandidat for at se, hvilket belæg der mangler.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no submitted interview yet, so the formula gives no figures.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; har endnu intet indsendt interview, så formlen giver ingen tal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — the formula: breadth %2, depth %3, %4, fit %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — formlen: bredde %2, dybde %3, %4, egnethed %5.</translation>
    </message>
    <message>
        <source>Committee placement beside it: %1, recorded by %2: “%3”</source>
        <translation>Udvalgets placering ved siden af: %1, registreret af %2: „%3“</translation>
    </message>
    <message>
        <source>No decision or placement recorded yet.</source>
        <translation>Ingen beslutning eller placering registreret endnu.</translation>
    </message>
    <message>
        <source>%1: every demanded domain and every layer has evidence.</source>
        <translation>%1: alle krævede domæner og alle lag har belæg.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) not probed by any submitted interview. Not probed is missing evidence, not a weakness.</source>
        <translation>
            <numerusform>%1: %n punkt er ikke undersøgt i noget indsendt interview. Ikke undersøgt betyder manglende belæg, ikke en svaghed.</numerusform>
            <numerusform>%1: %n punkter er ikke undersøgt i noget indsendt interview. Ikke undersøgt betyder manglende belæg, ikke en svaghed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pair of interviewers to read their figures in words.</source>
        <translation>Vælg et par interviewere for at få deres tal forklaret i ord.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardFilterBar</name>
    <message>
        <source>Shape filter</source>
        <translation>Profilfilter</translation>
    </message>
    <message>
        <source>Any shape</source>
        <translation>Alle profiler</translation>
    </message>
    <message>
        <source>Risk filter</source>
        <translation>Risikofilter</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alle risici</translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation>Beslutningsfilter</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Alle beslutninger</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Søg efter kandidater</translation>
    </message>
    <message>
        <source>Search candidates…</source>
        <translation>Søg efter kandidater…</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Ingen beslutning endnu</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation>R&amp;isiko:</translation>
    </message>
    <message>
        <source>Decisio&amp;n:</source>
        <translation>Besl&amp;utning:</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 product · %2 domain · %3 mixed · %4 unclear</source>
        <translation>%1 produkt · %2 domæne · %3 blandet · %4 uklar</translation>
    </message>
    <message>
        <source>%1 · breadth %2 · depth %3</source>
        <translation>%1 · bredde %2 · dybde %3</translation>
    </message>
    <message>
        <source>Not interviewed</source>
        <translation>Ikke interviewet</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Uenige</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>%n ikke undersøgt</numerusform>
            <numerusform>%n ikke undersøgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) still in draft: not counted, not shown to the committee.</source>
        <translation>
            <numerusform>%n interview er stadig en kladde: tæller ikke med og vises ikke for udvalget.</numerusform>
            <numerusform>%n interviews er stadig kladder: tæller ikke med og vises ikke for udvalget.</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>No committee placement: the formula&apos;s figures stand alone.</source>
        <translation>Ingen placering fra udvalget: formlens tal står alene.</translation>
    </message>
    <message>
        <source>Placed by %1: %2
The formula&apos;s figures stay: breadth %3, depth %4.</source>
        <translation>Placeret af %1: %2
Formlens tal bevares: bredde %3, dybde %4.</translation>
    </message>
    <message>
        <source>Every demanded domain and every layer has evidence.</source>
        <translation>Alle krævede domæner og alle lag har belæg.</translation>
    </message>
    <message>
        <source>No submitted interview probed: %1</source>
        <translation>Intet indsendt interview har undersøgt: %1</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Ingen beslutning registreret endnu.</translation>
    </message>
    <message>
        <source>%1 by %2, %3
%4</source>
        <translation>%1 af %2, %3
%4</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Kladder</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Egnethed</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Committee placement</source>
        <translation>Udvalgets placering</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveauer</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uenighed</translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation>Huller i belægget</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Submitted interviews: the only ones the figures use</source>
        <translation>Indsendte interviews: de eneste, tallene bygger på</translation>
    </message>
    <message>
        <source>Interviews still in draft: counted here, never shown</source>
        <translation>Interviews, der stadig er kladder: tælles her, vises aldrig</translation>
    </message>
    <message>
        <source>The shape the formula gives</source>
        <translation>Den profil, formlen giver</translation>
    </message>
    <message>
        <source>Where a committee member placed the candidate, with a written reason; the formula&apos;s figures stay beside it</source>
        <translation>Hvor et udvalgsmedlem har placeret kandidaten, med en skriftlig begrundelse; formlens tal står ved siden af</translation>
    </message>
    <message>
        <source>Regret levels: product, domain-specific, mixed, unclear</source>
        <translation>Fortrydelsesniveauer: produkt, domænespecifik, blandet, uklar</translation>
    </message>
    <message>
        <source>Demanded domains and layers no submitted interview probed (not the same as probed and shallow)</source>
        <translation>Krævede domæner og lag, som intet indsendt interview har undersøgt (ikke det samme som undersøgt, men overfladisk)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Interviewers disagree on this candidate (depth in a domain by 2 or more, breadth by %1 or more, or the most frequent level). Open Who Said What.</source>
        <translation>Interviewerne er uenige om denne kandidat (dybde i et domæne med 2 eller mere, bredde med %1 eller mere, eller det hyppigste niveau). Åbn Hvem sagde hvad.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardSnapshot</name>
    <message>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BreadthDepthChart</name>
    <message>
        <source>Breadth and depth chart</source>
        <translation>Diagram over bredde og dybde</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>No breadth or depth risk</source>
        <translation>Ingen bredde- eller dybderisiko</translation>
    </message>
    <message>
        <source>One interview</source>
        <translation>Ét interview</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Role target</source>
        <translation>Rollens mål</translation>
    </message>
    <message>
        <source>%1
Breadth %2 · depth %3
Fit %4
%5</source>
        <translation>%1
Bredde %2 · dybde %3
Egnethed %4
%5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>One interview of %1
Breadth %2 · depth %3</source>
        <translation>Ét interview med %1
Bredde %2 · dybde %3</translation>
    </message>
    <message>
        <source>%1 (team member)
Breadth %2 · depth %3</source>
        <translation>%1 (teammedlem)
Bredde %2 · dybde %3</translation>
    </message>
    <message>
        <source>Candidates per cell (darker: more)</source>
        <translation>Kandidater pr. felt (mørkere: flere)</translation>
    </message>
    <message>
        <source>Candidates at one point</source>
        <translation>Kandidater i samme punkt</translation>
    </message>
    <message>
        <source>%1 at breadth %2, depth %3</source>
        <translation>%1 ved bredde %2, dybde %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more name(s): hover over the points or show the table</source>
        <translation>
            <numerusform>%n navn mere: hold musen over punkterne eller vis tabellen</numerusform>
            <numerusform>%n navne mere: hold musen over punkterne eller vis tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in this cell</source>
        <translation>
            <numerusform>%n kandidat i dette felt</numerusform>
            <numerusform>%n kandidater i dette felt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (fit %2)</source>
        <translation>%1 (egnethed %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n mere</numerusform>
            <numerusform>og %n mere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidat</numerusform>
            <numerusform>%n kandidater</numerusform>
        </translation>
    </message>
    <message>
        <source>role target at breadth %1, depth %2</source>
        <translation>rollens mål ved bredde %1, dybde %2</translation>
    </message>
    <message numerus="yes">
        <source>%n without a breadth or depth risk</source>
        <translation>
            <numerusform>%n uden bredde- eller dybderisiko</numerusform>
            <numerusform>%n uden bredde- eller dybderisiko</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most at breadth %1, depth %2 (%n candidate(s))</source>
        <translation>
            <numerusform>flest ved bredde %1, dybde %2 (%n kandidat)</numerusform>
            <numerusform>flest ved bredde %1, dybde %2 (%n kandidater)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n teammedlem</numerusform>
            <numerusform>%n teammedlemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BreadthDepthPanel</name>
    <message>
        <source>Show as Table</source>
        <translation>Vis som tabel</translation>
    </message>
    <message>
        <source>Breadth and depth figures</source>
        <translation>Tal for bredde og dybde</translation>
    </message>
    <message>
        <source>Show the chart&apos;s figures as a table (%1)</source>
        <translation>Vis diagrammets tal som en tabel (%1)</translation>
    </message>
    <message>
        <source>Show as Chart</source>
        <translation>Vis som diagram</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CalibrationModel</name>
    <message>
        <source>less than chance would give</source>
        <translation>mindre end tilfældig</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>ringe</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>rimelig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>betydelig</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>næsten perfekt</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>udefineret</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 gave the same shape to %3% of the %n candidate(s) they both interviewed.</source>
        <translation>
            <numerusform>%1 og %2 gav samme profil til %3 % af den %n kandidat, de begge har interviewet.</numerusform>
            <numerusform>%1 og %2 gav samme profil til %3 % af de %n kandidater, de begge har interviewet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kappa %1 is %2 agreement once the agreement that chance alone would give is taken out (1 is perfect, 0 is chance).</source>
        <translation>Kappa %1 svarer til %2 enighed, når den enighed, som tilfældigheden alene ville give, er trukket fra (1 er perfekt, 0 er tilfældighed).</translation>
    </message>
    <message>
        <source>Kappa is undefined: both gave every shared candidate the same shape, so there is no variation to measure agreement beyond chance on.</source>
        <translation>Kappa er udefineret: begge gav alle fælles kandidater samme profil, så der er ingen variation at måle enighed ud over tilfældighed på.</translation>
    </message>
    <message>
        <source>On average %1 rates breadth %3 higher than %2 does (on 0 to 10).</source>
        <translation>I gennemsnit vurderer %1 bredden %3 højere end %2 (på en skala fra 0 til 10).</translation>
    </message>
    <message>
        <source>On average they rate breadth the same.</source>
        <translation>I gennemsnit vurderer de bredden ens.</translation>
    </message>
    <message>
        <source>On average %1 rates depth %3 higher than %2 does (on 0 to 10).</source>
        <translation>I gennemsnit vurderer %1 dybden %3 højere end %2 (på en skala fra 0 til 10).</translation>
    </message>
    <message>
        <source>On average they rate depth the same.</source>
        <translation>I gennemsnit vurderer de dybden ens.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewere</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Fælles</translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation>Samme profil</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation>Bredde, første − anden</translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation>Dybde, første − anden</translation>
    </message>
    <message>
        <source>%1: the interviews recorded under this name, in any capitals.</source>
        <translation>%1: de interviews, der er registreret under dette navn, uanset store og små bogstaver.</translation>
    </message>
    <message>
        <source>%1: every interview recorded with the e-mail %2, under any name.</source>
        <translation>%1: hvert interview, der er registreret med e-mailen %2, under ethvert navn.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CalibrationSection</name>
    <message>
        <source>Calibration</source>
        <translation>Kalibrering</translation>
    </message>
    <message>
        <source>No two interviewers have interviewed %1 or more of this role&apos;s candidates in common yet.</source>
        <translation>Endnu har ingen to interviewere interviewet %1 eller flere af rollens kandidater i fællesskab.</translation>
    </message>
    <message>
        <source>Each pair of interviewers with %1 or more candidates in common: how often their own submitted interviews give a candidate the same shape, and how their breadth and depth compare.</source>
        <translation>Hvert par af interviewere med %1 eller flere kandidater til fælles: hvor ofte deres egne indsendte interviews giver en kandidat samme profil, og hvordan deres bredde og dybde adskiller sig.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewere</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Fælles</translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation>Samme profil</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation>Bredde, første − anden</translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation>Dybde, første − anden</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateCommands</name>
    <message>
        <source>Select a candidate first.</source>
        <translation>Vælg først en kandidat.</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation>Kandidaten kunne ikke læses.</translation>
    </message>
    <message>
        <source>Could not save the candidate.</source>
        <translation>Kandidaten kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Saved the candidate %1.</source>
        <translation>Gemte kandidaten %1.</translation>
    </message>
    <message>
        <source>Could not merge the candidates.</source>
        <translation>Kandidaterne kunne ikke flettes.</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>Flettede %1 ind i %2.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateEditDialog</name>
    <message>
        <source>Edit Candidate</source>
        <translation>Rediger kandidat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadresse</translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation>navn@example.org (valgfri)</translation>
    </message>
    <message>
        <source>Role applied for</source>
        <translation>Rolle, der søges</translation>
    </message>
    <message>
        <source>Link to their CV or profile</source>
        <translation>Link til deres cv eller profil</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (valgfri)</translation>
    </message>
    <message>
        <source>A web address starting with http:// or https://; the candidate page opens it in your browser</source>
        <translation>En webadresse, der begynder med http:// eller https://; kandidatsiden åbner den i din browser</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;CV or profile:</source>
        <translation>&amp;Cv eller profil:</translation>
    </message>
    <message>
        <source>A candidate needs a name.</source>
        <translation>En kandidat skal have et navn.</translation>
    </message>
    <message>
        <source>Not an e-mail address; leave it empty if there is none.</source>
        <translation>Ikke en e-mailadresse; lad feltet stå tomt, hvis der ikke er nogen.</translation>
    </message>
    <message>
        <source>Not a web link: it starts with http:// or https://. Leave it empty if there is none.</source>
        <translation>Ikke et weblink: det begynder med http:// eller https://. Lad feltet stå tomt, hvis der ikke er noget.</translation>
    </message>
    <message>
        <source>Pick the role they applied for.</source>
        <translation>Vælg den rolle, de søger.</translation>
    </message>
    <message>
        <source>Their interviews count for %1 from now on, on its board and against its demands.</source>
        <translation>Deres interviews tæller fremover for %1, på dens tavle og mod dens krav.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateHeader</name>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (trukket tilbage)</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation>Har søgt %1</translation>
    </message>
    <message>
        <source>%1 · applied for %2</source>
        <translation>%1 · har søgt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted interview(s)</source>
        <translation>
            <numerusform>%n indsendt interview</numerusform>
            <numerusform>%n indsendte interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n draft(s), not counted until submitted</source>
        <translation>
            <numerusform>%1 · %n kladde, tæller ikke, før den er indsendt</numerusform>
            <numerusform>%1 · %n kladder, tæller ikke, før de er indsendt</numerusform>
        </translation>
    </message>
    <message>
        <source>No committee decision yet.</source>
        <translation>Ingen beslutning fra ansættelsesudvalget endnu.</translation>
    </message>
    <message>
        <source>Committee decision: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Udvalgets beslutning: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Committee decision: %1. %2</source>
        <translation>Udvalgets beslutning: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n amended)</source>
        <translation>
            <numerusform>%1 (%n rettet)</numerusform>
            <numerusform>%1 (%n rettet)</numerusform>
        </translation>
    </message>
    <message>
        <source>CV or profile: %1</source>
        <translation>Cv eller profil: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateMergeDialog</name>
    <message>
        <source>Merge Candidate</source>
        <translation>Flet kandidat</translation>
    </message>
    <message>
        <source>Two records of the same person become one: %1 is kept. Pick the other record; everything recorded about it moves to %1, and it is deleted.</source>
        <translation>To poster for samme person bliver til én: %1 beholdes. Vælg den anden post; alt, hvad der er registreret om den, flyttes til %1, og den slettes.</translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation>Find den anden post</translation>
    </message>
    <message>
        <source>Narrows the list by name, e-mail or role. Press Down to move to the list.</source>
        <translation>Indsnævrer listen efter navn, e-mail eller rolle. Tryk Ned for at gå til listen.</translation>
    </message>
    <message>
        <source>Name, e-mail or role</source>
        <translation>Navn, e-mail eller rolle</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Candidates to merge into %1</source>
        <translation>Kandidater, der kan flettes ind i %1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <source>No other candidate matches.</source>
        <translation>Ingen anden kandidat passer.</translation>
    </message>
    <message>
        <source>Pick the other record of %1 in the list.</source>
        <translation>Vælg den anden post for %1 på listen.</translation>
    </message>
    <message>
        <source>That candidate could not be read; it may have just been deleted.</source>
        <translation>Kandidaten kunne ikke læses; den er måske lige blevet slettet.</translation>
    </message>
    <message>
        <source>Picked: %1, applied for %2.</source>
        <translation>Valgt: %1, søger %2.</translation>
    </message>
    <message>
        <source>Picked: %1, %2, applied for %3.</source>
        <translation>Valgt: %1, %2, søger %3.</translation>
    </message>
    <message>
        <source>Moves from %1 to %2: %3.</source>
        <translation>Flyttes fra %1 til %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The %n earlier merge(s) into %1 move too.</source>
        <translation>
            <numerusform>Den %n tidligere fletning ind i %1 flyttes også.</numerusform>
            <numerusform>De %n tidligere fletninger ind i %1 flyttes også.</numerusform>
        </translation>
    </message>
    <message>
        <source>They applied for different roles: %1 keeps %2, so what moves counts for %2.</source>
        <translation>De søger forskellige roller: %1 beholder %2, så det, der flyttes, tæller for %2.</translation>
    </message>
    <message>
        <source>%1 takes the e-mail %2.</source>
        <translation>%1 får e-mailen %2.</translation>
    </message>
    <message>
        <source>%1 takes the link to the CV or profile.</source>
        <translation>%1 får linket til cv eller profil.</translation>
    </message>
    <message>
        <source>%1 is deleted; the merge stays in %2&apos;s committee history.</source>
        <translation>%1 slettes; fletningen står i udvalgshistorikken for %2.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidatePage</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>&amp;Why this candidate is here</source>
        <translation>Hvorfor kandidaten er &amp;placeret her</translation>
    </message>
    <message>
        <source>&amp;Evidence: interviews, regrets and notes</source>
        <translation>&amp;Belæg: interviews, fortrydelser og noter</translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 (%3).</source>
        <translation>Mål: bredde %1, dybde %2 (%3).</translation>
    </message>
    <message>
        <source>No candidates for this role yet.</source>
        <translation>Ingen kandidater til denne rolle endnu.</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>Ingen kandidat valgt</translation>
    </message>
    <message>
        <source>Pick a candidate on the left, or press Alt+Down to go to the next one.</source>
        <translation>Vælg en kandidat til venstre, eller tryk på Alt+Pil ned for at gå til den næste.</translation>
    </message>
    <message>
        <source>No candidates yet</source>
        <translation>Ingen kandidater endnu</translation>
    </message>
    <message>
        <source>Import a file with File → Import…, or start with hindsight --demo to explore a filled-in example.</source>
        <translation>Importér en fil med Filer → Importér…, eller start med hindsight --demo for at udforske et udfyldt eksempel.</translation>
    </message>
    <message>
        <source>Breadth and depth</source>
        <translation>Bredde og dybde</translation>
    </message>
    <message>
        <source>Depth per domain</source>
        <translation>Dybde pr. domæne</translation>
    </message>
    <message numerus="yes">
        <source>Select one of its %n candidate(s) to see how they fit, or compare them all on its committee board (%1).</source>
        <translation>
            <numerusform>Vælg rollens %n kandidat for at se, hvordan vedkommende passer, eller se kandidaten på rollens udvalgstavle (%1).</numerusform>
            <numerusform>Vælg en af rollens %n kandidater for at se, hvordan de passer, eller sammenlign dem alle på rollens udvalgstavle (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateSummary</name>
    <message>
        <source>Candidate summary: %1, %2</source>
        <translation>Kandidatresumé: %1, %2</translation>
    </message>
    <message>
        <source>Why the candidate is here</source>
        <translation>Hvorfor kandidaten er placeret her</translation>
    </message>
    <message>
        <source>Candidate summary for the role %1</source>
        <translation>Kandidatresumé for rollen %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No submitted interviews yet.</source>
        <translation>Ingen indsendte interviews endnu.</translation>
    </message>
    <message>
        <source>Interviewed by %1.</source>
        <translation>Interviewet af %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Egnethed</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Role target</source>
        <translation>Rollens mål</translation>
    </message>
    <message>
        <source>Breadth %1, depth %2: %3.</source>
        <translation>Bredde %1, dybde %2: %3.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Placeret manuelt</translation>
    </message>
    <message>
        <source>Breadth %1, depth %2 (the formula&apos;s figures stay as above).</source>
        <translation>Bredde %1, dybde %2 (formlens tal ovenfor bevares).</translation>
    </message>
    <message>
        <source>Regrets and the evidence behind each rating</source>
        <translation>Fortrydelser og belægget bag hver vurdering</translation>
    </message>
    <message>
        <source>Nothing to show until an interview is submitted.</source>
        <translation>Intet at vise, før et interview er indsendt.</translation>
    </message>
    <message>
        <source>Interview by %1, %2</source>
        <translation>Interview ved %1, %2</translation>
    </message>
    <message>
        <source>No regret was recorded in this interview.</source>
        <translation>Der blev ikke registreret nogen fortrydelse i dette interview.</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Fortrydelse</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Notes and quotes</source>
        <translation>Noter og citater</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Depth %1 of 4: %2</source>
        <translation>Dybde %1 ud af 4: %2</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Lag: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No note linked to this regret.</source>
        <translation>Ingen note er knyttet til denne fortrydelse.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Andre noter</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Probes asked</source>
        <translation>Stillede opfølgninger</translation>
    </message>
    <message>
        <source>%1 (%2, amended %3)</source>
        <translation>%1 (%2, rettet %3)</translation>
    </message>
    <message>
        <source>Amended %1 (version %2). Reason:</source>
        <translation>Rettet %1 (version %2). Begrundelse:</translation>
    </message>
    <message>
        <source>(The earlier version is kept unchanged in Hindsight.)</source>
        <translation>(Den tidligere version er bevaret uændret i Hindsight.)</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Fortrydelse %1</translation>
    </message>
    <message>
        <source>Nothing of the answer written down.</source>
        <translation>Intet af svaret er skrevet ned.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>None were ticked during the interview.</source>
        <translation>Ingen blev afkrydset under interviewet.</translation>
    </message>
    <message>
        <source>Not tied to a regret</source>
        <translation>Ikke knyttet til en fortrydelse</translation>
    </message>
    <message>
        <source>None ticked for this regret.</source>
        <translation>Ingen afkrydset for denne fortrydelse.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ChartPointModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Egnethed</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ColumnChooser</name>
    <message>
        <source>Column %1</source>
        <translation>Kolonne %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Kolonner i %1</translation>
    </message>
    <message>
        <source>&amp;Show these columns:</source>
        <translation>&amp;Vis disse kolonner:</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>Viste kolonner</translation>
    </message>
    <message>
        <source>Shown once the table has something to show in it</source>
        <translation>Vises, så snart tabellen har noget at vise i den</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteeBoard</name>
    <message>
        <source>Candidates of the role on breadth and depth</source>
        <translation>Rollens kandidater efter bredde og dybde</translation>
    </message>
    <message>
        <source>Candidates of the role</source>
        <translation>Rollens kandidater</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Kandidat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Read the database again.</source>
        <translation>Databasen er læst igen.</translation>
    </message>
    <message>
        <source>Could not read the committee board.</source>
        <translation>Udvalgstavlen kunne ikke læses.</translation>
    </message>
    <message>
        <source>Committee Board — %1</source>
        <translation>Udvalgstavle — %1</translation>
    </message>
    <message>
        <source>Blind mode: candidates are shown as letters.</source>
        <translation>Blindtilstand: kandidaterne vises som bogstaver.</translation>
    </message>
    <message>
        <source>Blind mode off: candidates are shown by name.</source>
        <translation>Blindtilstand slået fra: kandidaterne vises med navn.</translation>
    </message>
    <message>
        <source>Target breadth %1, depth %2 — %3.</source>
        <translation>Mål: bredde %1, dybde %2 — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidat</numerusform>
            <numerusform>%n kandidater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n shown</source>
        <translation>
            <numerusform>, %n vises</numerusform>
            <numerusform>, %n vises</numerusform>
        </translation>
    </message>
    <message>
        <source>· figures from submitted interviews only</source>
        <translation>· tal kun fra indsendte interviews</translation>
    </message>
    <message numerus="yes">
        <source>· %n draft(s) outstanding, not counted</source>
        <translation>
            <numerusform>· %n udestående kladde, tæller ikke med</numerusform>
            <numerusform>· %n udestående kladder, tæller ikke med</numerusform>
        </translation>
    </message>
    <message>
        <source>committee-board-blind.csv</source>
        <translation>udvalgstavle-blind.csv</translation>
    </message>
    <message>
        <source>committee-board-%1.csv</source>
        <translation>udvalgstavle-%1.csv</translation>
    </message>
    <message>
        <source>Export Board as CSV</source>
        <translation>Eksportér tavle som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>The board was not exported.</source>
        <translation>Tavlen blev ikke eksporteret.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation>
            <numerusform>Eksporterede %n kandidat til %1.</numerusform>
            <numerusform>Eksporterede %n kandidater til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Committee Board</source>
        <translation>Udvalgstavle</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteePack</name>
    <message>
        <source>Committee pack: %1 (blind)</source>
        <translation>Udvalgsmappe: %1 (blind)</translation>
    </message>
    <message>
        <source>Committee pack: %1</source>
        <translation>Udvalgsmappe: %1</translation>
    </message>
    <message>
        <source>Committee pack</source>
        <translation>Udvalgsmappe</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidat</numerusform>
            <numerusform>%n kandidater</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted interview(s)</source>
        <translation>
            <numerusform>%n indsendt interview</numerusform>
            <numerusform>%n indsendte interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not counted</source>
        <translation>
            <numerusform>%n kladde tæller ikke med</numerusform>
            <numerusform>%n kladder tæller ikke med</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Blind pack.</source>
        <translation>Blind udgave.</translation>
    </message>
    <message>
        <source>Candidates appear as Candidate A, B, … in the order they were added; names in notes and rationales are replaced the same way.</source>
        <translation>Kandidaterne vises som Kandidat A, B, … i den rækkefølge, de blev tilføjet; navne i noter og begrundelser er erstattet på samme måde.</translation>
    </message>
    <message>
        <source>Role profile</source>
        <translation>Rolleprofil</translation>
    </message>
    <message>
        <source>Breadth across the stack</source>
        <translation>Bredde på tværs af stakken</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 ud af 10</translation>
    </message>
    <message>
        <source>Depth %1 of 4: %2</source>
        <translation>Dybde %1 ud af 4: %2</translation>
    </message>
    <message>
        <source>The role demands</source>
        <translation>Rollen kræver</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Hvor meget</translation>
    </message>
    <message numerus="yes">
        <source>+%n draft(s)</source>
        <translation>
            <numerusform>+%n kladde</numerusform>
            <numerusform>+%n kladder</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>interviewers disagree</source>
        <translation>interviewerne er uenige</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Ikke placeret</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>No candidates for this role yet.</source>
        <translation>Ingen kandidater til denne rolle endnu.</translation>
    </message>
    <message>
        <source>Best fit first. Figures come from submitted interviews only.</source>
        <translation>Bedst egnede først. Tallene bygger kun på indsendte interviews.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Egnethed</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Uenigheder</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Most frequent level</source>
        <translation>Hyppigste niveau</translation>
    </message>
    <message>
        <source>Depth by domain (0–4)</source>
        <translation>Dybde pr. domæne (0–4)</translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation>Huller i belægget</translation>
    </message>
    <message>
        <source>Every demanded domain and every layer was probed deep enough for every candidate.</source>
        <translation>Alle krævede domæner og alle lag er undersøgt tilstrækkeligt i dybden for alle kandidater.</translation>
    </message>
    <message>
        <source>What the submitted interviews did not establish. Not probed is missing evidence, not a weakness: ask about it before deciding.</source>
        <translation>Det, som de indsendte interviews ikke har afklaret. Ikke undersøgt betyder manglende belæg, ikke en svaghed: spørg ind til det, før der træffes en beslutning.</translation>
    </message>
    <message>
        <source>Demanded domains not probed</source>
        <translation>Krævede domæner, der ikke er undersøgt</translation>
    </message>
    <message>
        <source>Layers not probed</source>
        <translation>Lag, der ikke er undersøgt</translation>
    </message>
    <message>
        <source>Probed, but shallow</source>
        <translation>Undersøgt, men overfladisk</translation>
    </message>
    <message>
        <source>earlier: %1</source>
        <translation>tidligere: %1</translation>
    </message>
    <message>
        <source>no rationale given</source>
        <translation>ingen begrundelse angivet</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>No decision yet: %1.</source>
        <translation>Ingen beslutning endnu: %1.</translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 (shape: %3). The shaded area is where a candidate has neither an under-breadth nor an under-depth risk.</source>
        <translation>Mål: bredde %1, dybde %2 (profil: %3). Det skraverede område er der, hvor en kandidat hverken har risiko for for lidt bredde eller for lidt dybde.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>The interviewers agree on every candidate: no two submitted interviews differ by 2 or more in a domain&apos;s depth, by %1 or more in breadth, or in their most frequent level.</source>
        <translation>Interviewerne er enige om alle kandidater: ingen to indsendte interviews afviger med 2 eller mere i et domænes dybde, med %1 eller mere i bredde eller i deres hyppigste niveau.</translation>
    </message>
    <message>
        <source>Candidates whose submitted interviews differ by 2 or more in a domain&apos;s depth, by %1 or more in breadth, or in their most frequent level.</source>
        <translation>Kandidater, hvis indsendte interviews afviger med 2 eller mere i et domænes dybde, med %1 eller mere i bredde eller i deres hyppigste niveau.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteeRecorder</name>
    <message>
        <source>Could not record the decision.</source>
        <translation>Beslutningen kunne ikke registreres.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Registreret: %1.</translation>
    </message>
    <message>
        <source>Could not record the placement.</source>
        <translation>Placeringen kunne ikke registreres.</translation>
    </message>
    <message>
        <source>Recorded the committee&apos;s placement beside the formula&apos;s.</source>
        <translation>Udvalgets placering er registreret ved siden af formlens.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DecisionDialog</name>
    <message>
        <source>Record Decision — %1</source>
        <translation>Registrer beslutning — %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>&amp;1 Advance</source>
        <translation>&amp;1 Gå videre</translation>
    </message>
    <message>
        <source>&amp;2 Hire</source>
        <translation>&amp;2 Ansæt</translation>
    </message>
    <message>
        <source>&amp;3 No hire</source>
        <translation>&amp;3 Ansæt ikke</translation>
    </message>
    <message>
        <source>&amp;4 Hold</source>
        <translation>&amp;4 Afvent</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Why: the evidence the committee weighed, and what would change the decision.</source>
        <translation>Hvorfor: det belæg, udvalget har vejet, og hvad der ville ændre beslutningen.</translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation>&amp;Begrundelse (påkrævet):</translation>
    </message>
    <message>
        <source>Earlier decisions stay in the candidate&apos;s history.</source>
        <translation>Tidligere beslutninger bevares i kandidatens historik.</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>Registrer beslutning</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DemandDelegate</name>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>Required depth</source>
        <translation>Krævet dybde</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DomainDemandModel</name>
    <message>
        <source>Domain id: %1</source>
        <translation>Domæne-id: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>Required depth</source>
        <translation>Krævet dybde</translation>
    </message>
    <message>
        <source>What that depth means</source>
        <translation>Hvad den dybde betyder</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DomainDepthChart</name>
    <message>
        <source>Depth per domain chart</source>
        <translation>Diagram over dybde pr. domæne</translation>
    </message>
    <message>
        <source>Candidate&apos;s depth</source>
        <translation>Kandidatens dybde</translation>
    </message>
    <message>
        <source>Role requires</source>
        <translation>Rollen kræver</translation>
    </message>
    <message>
        <source>Depth (0-4)</source>
        <translation>Dybde (0-4)</translation>
    </message>
    <message>
        <source>%1: candidate %2, role requires %3</source>
        <translation>%1: kandidat %2, rollen kræver %3</translation>
    </message>
    <message>
        <source>No domain depth yet.</source>
        <translation>Endnu ingen dybde i noget domæne.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DraftListModel</name>
    <message>
        <source>Amendment (version %1)</source>
        <translation>Rettelse (version %1)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded under the name %1, not yours (%2): only %1 reopens it. You may discard it.</source>
        <translation>Registreret under navnet %1, ikke dit (%2): kun %1 kan genåbne den. Du må gerne kassere den.</translation>
    </message>
    <message>
        <source>An amendment of a submitted interview, in progress: the submitted version stays as it is until this one is submitted.</source>
        <translation>En rettelse af et indsendt interview, under arbejde: den indsendte version forbliver uændret, indtil denne er indsendt.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senest ændret</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DraftWriter</name>
    <message>
        <source>No regret has been recorded yet.</source>
        <translation>Der er endnu ikke registreret nogen fortrydelse.</translation>
    </message>
    <message>
        <source>Regret %1 has no level.</source>
        <translation>Fortrydelse %1 har intet niveau.</translation>
    </message>
    <message>
        <source>Regret %1 needs a domain.</source>
        <translation>Fortrydelse %1 kræver et domæne.</translation>
    </message>
    <message>
        <source>Regret %1 names a domain that does not exist.</source>
        <translation>Fortrydelse %1 angiver et domæne, der ikke findes.</translation>
    </message>
    <message>
        <source>Regret %1 has no depth rating.</source>
        <translation>Fortrydelse %1 har ingen dybdevurdering.</translation>
    </message>
    <message>
        <source>The interview was not submitted. %1</source>
        <translation>Interviewet blev ikke indsendt. %1</translation>
    </message>
    <message>
        <source>A note could not be saved.</source>
        <translation>En note kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>A regret could not be saved.</source>
        <translation>En fortrydelse kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>The current stage and the line being typed could not be saved.</source>
        <translation>Den aktuelle fase og den linje, der blev skrevet, kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>A probe tick could not be saved.</source>
        <translation>En afkrydsning af en opfølgning kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>The journal %1 cannot keep it either.</source>
        <translation>Journalen %1 kan heller ikke gemme det.</translation>
    </message>
    <message>
        <source>The journal %1 cannot keep it either (%2).</source>
        <translation>Journalen %1 kan heller ikke gemme det (%2).</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceActions</name>
    <message>
        <source>&amp;Open Interview</source>
        <translation>&amp;Åbn interview</translation>
    </message>
    <message>
        <source>Open the interview in its own window: read-only once submitted, an earlier version as it was sealed</source>
        <translation>Åbn interviewet i sit eget vindue: skrivebeskyttet, når det er indsendt, en tidligere version, som den blev forseglet</translation>
    </message>
    <message>
        <source>&amp;Amend Interview…</source>
        <translation>&amp;Ret interview…</translation>
    </message>
    <message>
        <source>Correct your submitted interview in a new version, with a written reason; the submitted version is kept</source>
        <translation>Ret dit indsendte interview i en ny version med en skriftlig begrundelse; den indsendte version bevares</translation>
    </message>
    <message>
        <source>%1 opens it read-only.</source>
        <translation>%1 åbner det skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%1 opens it to go on with it.</source>
        <translation>%1 åbner det, så du kan fortsætte.</translation>
    </message>
    <message>
        <source>%1 amends it: a new version with a written reason; this one is kept.</source>
        <translation>%1 retter det: en ny version med en skriftlig begrundelse; denne bevares.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceDetail</name>
    <message>
        <source>Evidence details</source>
        <translation>Detaljer om belæg</translation>
    </message>
    <message>
        <source>Select an interview, regret or note to read it in full.</source>
        <translation>Vælg et interview, en fortrydelse eller en note for at se hele indholdet.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>indsendt</translation>
    </message>
    <message>
        <source>draft, not counted</source>
        <translation>kladde, tæller ikke med</translation>
    </message>
    <message>
        <source>Interview by %1, %2</source>
        <translation>Interview ved %1, %2</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Fortrydelse %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>depth %1, %2</source>
        <translation>dybde %1, %2</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Lag: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Systemet</translation>
    </message>
    <message>
        <source>The decision they would reverse</source>
        <translation>Beslutningen, de ville omgøre</translation>
    </message>
    <message>
        <source>Why it was wrong</source>
        <translation>Hvorfor den var forkert</translation>
    </message>
    <message>
        <source>What they would do instead</source>
        <translation>Hvad de ville gøre i stedet</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Hvad det kostede</translation>
    </message>
    <message>
        <source>Quote at %1, %2</source>
        <translation>Citat ved %1, %2</translation>
    </message>
    <message>
        <source>Note at %1, %2</source>
        <translation>Note ved %1, %2</translation>
    </message>
    <message>
        <source>Interview by %1</source>
        <translation>Interview ved %1</translation>
    </message>
    <message>
        <source>Submitted: its regrets count for breadth, depth and fit.</source>
        <translation>Indsendt: fortrydelserne tæller med i bredde, dybde og egnethed.</translation>
    </message>
    <message>
        <source>Draft: nothing in it counts until the interviewer submits it.</source>
        <translation>Kladde: intet heri tæller, før intervieweren indsender den.</translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation>
            <numerusform>%n fortrydelse</numerusform>
            <numerusform>%n fortrydelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the interview by %2</source>
        <translation>Version %1 af interviewet ved %2</translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted. It no longer counts: the current version does.</source>
        <translation>Bevaret præcis, som den blev indsendt. Den tæller ikke længere: det gør den gældende version.</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>Modified after submission: its rows no longer match what was sealed.</source>
        <translation>Ændret efter indsendelse: rækkerne stemmer ikke længere med det forseglede.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceGapModel</name>
    <message>
        <source>Not probed</source>
        <translation>Ikke undersøgt</translation>
    </message>
    <message>
        <source>Probed, shallow</source>
        <translation>Undersøgt, overfladisk</translation>
    </message>
    <message>
        <source>Probed, enough</source>
        <translation>Undersøgt, tilstrækkeligt</translation>
    </message>
    <message>
        <source>No submitted interview asked about this. That is missing evidence, not a weakness: probe it in the next interview.</source>
        <translation>Intet indsendt interview har spurgt ind til dette. Det er manglende belæg, ikke en svaghed: undersøg det i næste interview.</translation>
    </message>
    <message>
        <source>Probed, but the answers stayed below the depth the role needs.</source>
        <translation>Undersøgt, men svarene nåede ikke den dybde, rollen kræver.</translation>
    </message>
    <message>
        <source>Touched only by regrets rated below 2, which do not count for breadth.</source>
        <translation>Kun berørt af fortrydelser vurderet under 2, som ikke tæller med i bredden.</translation>
    </message>
    <message>
        <source>Probed at the depth that counts.</source>
        <translation>Undersøgt i den dybde, der tæller.</translation>
    </message>
    <message>
        <source>Demanded domain</source>
        <translation>Krævet domæne</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%1 af %2 krævet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domain or layer</source>
        <translation>Domæne eller lag</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belæg</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceView</name>
    <message>
        <source>Interviews, regrets and notes</source>
        <translation>Interviews, fortrydelser og noter</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExplanationHtml</name>
    <message>
        <source>(no decision written down)</source>
        <translation>(ingen beslutning skrevet ned)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>depth %1 (%2)</source>
        <translation>dybde %1 (%2)</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Nothing to place yet.</source>
        <translation>Intet at placere endnu.</translation>
    </message>
    <message>
        <source>Breadth, depth and fit come from submitted interviews only, and this candidate has none.</source>
        <translation>Bredde, dybde og egnethed beregnes kun ud fra indsendte interviews, og denne kandidat har ingen.</translation>
    </message>
    <message>
        <source>Breadth %1.</source>
        <translation>Bredde %1.</translation>
    </message>
    <message numerus="yes">
        <source>No regret rated 2 or deeper touched a stack layer, in %n submitted interview(s).</source>
        <translation>
            <numerusform>Ingen fortrydelse vurderet til 2 eller dybere berørte et lag i stakken i %n indsendt interview.</numerusform>
            <numerusform>Ingen fortrydelse vurderet til 2 eller dybere berørte et lag i stakken i %n indsendte interviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share of the %1 stack layers each interview reached with a regret rated 2 or deeper, averaged over %n submitted interview(s). Layers reached: %2.</source>
        <translation>
            <numerusform>Andelen af stakkens %1 lag, som hvert interview nåede med en fortrydelse vurderet til 2 eller dybere, i gennemsnit over %n indsendt interview. Nåede lag: %2.</numerusform>
            <numerusform>Andelen af stakkens %1 lag, som hvert interview nåede med en fortrydelse vurderet til 2 eller dybere, i gennemsnit over %n indsendte interviews. Nåede lag: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Depth %1.</source>
        <translation>Dybde %1.</translation>
    </message>
    <message>
        <source>No domain-specific or mixed regret was rated above 0.</source>
        <translation>Ingen domænespecifik eller blandet fortrydelse blev vurderet over 0.</translation>
    </message>
    <message>
        <source>Shape: %1.</source>
        <translation>Profil: %1.</translation>
    </message>
    <message>
        <source>The role&apos;s target is breadth %1 and depth %2, which calls for a %3.</source>
        <translation>Rollens mål er bredde %1 og dybde %2, hvilket kræver profilen %3.</translation>
    </message>
    <message>
        <source>depth short of the role</source>
        <translation>manglende dybde i forhold til rollen</translation>
    </message>
    <message>
        <source>depth short in %1</source>
        <translation>manglende dybde i %1</translation>
    </message>
    <message>
        <source>= 100 − 6 × %1 (breadth short of the role) − 6 × %2 (%3) − 2 × %4 (depth beyond what the role needs), kept between 0 and 100.</source>
        <translation>= 100 − 6 × %1 (manglende bredde i forhold til rollen) − 6 × %2 (%3) − 2 × %4 (dybde ud over rollens behov), holdt mellem 0 og 100.</translation>
    </message>
    <message>
        <source>Fit %1</source>
        <translation>Egnethed %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <source>%n draft interview(s) not counted until submitted.</source>
        <translation>
            <numerusform>%n interviewkladde tæller ikke, før den er indsendt.</numerusform>
            <numerusform>%n interviewkladder tæller ikke, før de er indsendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deepest domain is %1, rated %2 of 4 on average over the interviews that reached it; depth is that rating times %3.</source>
        <translation>Det dybeste domæne er %1, i gennemsnit vurderet %2 ud af 4 i de interviews, der nåede det; dybden er denne vurdering gange %3.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExplanationView</name>
    <message>
        <source>Why this candidate is here</source>
        <translation>Hvorfor kandidaten er placeret her</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExportDialog</name>
    <message>
        <source>&amp;Blind: show candidates as Candidate A, B, … and leave names out</source>
        <translation>&amp;Blind: vis kandidaterne som Kandidat A, B, … og udelad navnene</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>&amp;Candidate summary (select a candidate first)</source>
        <translation>&amp;Kandidatresumé (vælg først en kandidat)</translation>
    </message>
    <message>
        <source>&amp;Candidate summary of %1 (PDF)</source>
        <translation>&amp;Kandidatresumé for %1 (PDF)</translation>
    </message>
    <message>
        <source>The chart, the figures and why, every regret with the notes and quotes behind its rating</source>
        <translation>Diagrammet, tallene og forklaringen på dem samt hver fortrydelse med de noter og citater, der ligger bag vurderingen</translation>
    </message>
    <message>
        <source>the selected role</source>
        <translation>den valgte rolle</translation>
    </message>
    <message>
        <source>Committee &amp;pack for %1 (PDF)</source>
        <translation>&amp;Udvalgsmappe for %1 (PDF)</translation>
    </message>
    <message>
        <source>The role&apos;s profile and chart, the comparison, disagreements, evidence gaps and decisions, then a summary per candidate</source>
        <translation>Rollens profil og diagram, sammenligningen, uenigheder, huller i belægget og beslutninger, derefter et resumé pr. kandidat</translation>
    </message>
    <message>
        <source>Interview &amp;kit for %1 (PDF)</source>
        <translation>&amp;Interviewguide til %1 (PDF)</translation>
    </message>
    <message>
        <source>The guided question on paper: stages, prompts and probes, the depth scale, the levels and ruled space for notes</source>
        <translation>Det guidede spørgsmål på papir: faser, spørgsmål og opfølgninger, dybdeskalaen, niveauerne og linjeret plads til noter</translation>
    </message>
    <message>
        <source>&amp;Data of %1 (Hindsight JSON)</source>
        <translation>&amp;Data for %1 (Hindsight-JSON)</translation>
    </message>
    <message>
        <source>The role and its candidates with interviews, notes and decisions, for another Hindsight to import</source>
        <translation>Rollen og dens kandidater med interviews, noter og beslutninger, klar til import i en anden Hindsight</translation>
    </message>
    <message>
        <source>&amp;All data (Hindsight JSON)</source>
        <translation>&amp;Alle data (Hindsight-JSON)</translation>
    </message>
    <message>
        <source>Every role and candidate in this database</source>
        <translation>Alle roller og kandidater i denne database</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Forhånds&amp;visning…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Udsk&amp;riv…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Reports carry interview notes: they are marked confidential on every page. A file is written whole or not at all.</source>
        <translation>Rapporter indeholder interviewnoter og er derfor mærket fortrolige på hver side. En fil skrives enten helt eller slet ikke.</translation>
    </message>
    <message>
        <source>committee-pack-%1-blind.pdf</source>
        <translation>udvalgsmappe-%1-blind.pdf</translation>
    </message>
    <message>
        <source>committee-pack-%1.pdf</source>
        <translation>udvalgsmappe-%1.pdf</translation>
    </message>
    <message>
        <source>interview-kit-%1.pdf</source>
        <translation>interviewguide-%1.pdf</translation>
    </message>
    <message>
        <source>hindsight-%1.json</source>
        <translation>hindsight-%1.json</translation>
    </message>
    <message>
        <source>hindsight.json</source>
        <translation>hindsight.json</translation>
    </message>
    <message>
        <source>Report Failed</source>
        <translation>Rapporten mislykkedes</translation>
    </message>
    <message>
        <source>The report could not be read from the database.</source>
        <translation>Rapportens data kunne ikke læses fra databasen.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-dokumenter (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Hindsight JSON (*.json);;All files (*)</source>
        <translation>Hindsight JSON (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Intet blev skrevet til %1.</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Udskriv %1</translation>
    </message>
    <message>
        <source>Choose what to export</source>
        <translation>Vælg, hvad der skal eksporteres</translation>
    </message>
    <message>
        <source>candidate-summary-%1.pdf</source>
        <translation>kandidatresume-%1.pdf</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>Udskrivning mislykkedes</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Eksporteret til %1.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::FiguresPanel</name>
    <message>
        <source>Fit for the role</source>
        <translation>Egnethed til rollen</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Role asks for %1</source>
        <translation>Rollen kræver %1</translation>
    </message>
    <message>
        <source>Role calls for a %1</source>
        <translation>Rollen kræver profilen %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Fit: not scored, no submitted interview</source>
        <translation>Egnethed: ikke beregnet, intet indsendt interview</translation>
    </message>
    <message>
        <source>Scored once an interview is submitted</source>
        <translation>Beregnes, når et interview er indsendt</translation>
    </message>
    <message>
        <source>Breadth: not scored</source>
        <translation>Bredde: ikke beregnet</translation>
    </message>
    <message>
        <source>Depth: not scored</source>
        <translation>Dybde: ikke beregnet</translation>
    </message>
    <message>
        <source>Shape: not scored</source>
        <translation>Profil: ikke beregnet</translation>
    </message>
    <message>
        <source>Fit %1 out of 100</source>
        <translation>Egnethed %1 ud af 100</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>ud af 100</translation>
    </message>
    <message>
        <source>Breadth %1 out of 10</source>
        <translation>Bredde %1 ud af 10</translation>
    </message>
    <message>
        <source>Depth %1 out of 10</source>
        <translation>Dybde %1 ud af 10</translation>
    </message>
    <message>
        <source>Shape: %1</source>
        <translation>Profil: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::FitRisks</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (not probed: ask about %2)</source>
        <extracomment>A risk whose cause is missing evidence: %1 is the risk (&quot;Under-depth&quot;), %2 the domains no interview asked about.</extracomment>
        <translation>%1 (ikke undersøgt: spørg ind til %2)</translation>
    </message>
    <message>
        <source>No submitted interview asked about %1, so the depth the role needs there is missing evidence, not a weakness: ask about it before weighing the fit.</source>
        <translation>Intet indsendt interview har spurgt ind til %1, så den dybde, rollen kræver der, er manglende belæg, ikke en svaghed: spørg ind til det, før egnetheden vejes.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::HistoryModel</name>
    <message>
        <source>Decision: %1</source>
        <translation>Beslutning: %1</translation>
    </message>
    <message>
        <source>Placement: %1, breadth %2, depth %3</source>
        <translation>Placering: %1, bredde %2, dybde %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Merged another record of this candidate into this one</source>
        <translation>Flettede en anden post for denne kandidat ind i denne</translation>
    </message>
    <message>
        <source>Merged %1 into this candidate</source>
        <translation>Flettede %1 ind i denne kandidat</translation>
    </message>
    <message>
        <source>The same person</source>
        <translation>Samme person</translation>
    </message>
    <message>
        <source>The same person; their record had the e-mail %1</source>
        <translation>Samme person; deres post havde e-mailen %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ImportReviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message>
        <source>Importing %1 will do this. Nothing has been written yet.</source>
        <translation>Import af %1 vil gøre dette. Intet er skrevet endnu.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Hvad importen vil gøre</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewActions</name>
    <message>
        <source>&amp;Submit Interview</source>
        <translation>&amp;Indsend interview</translation>
    </message>
    <message>
        <source>Check that every regret is tagged and rated, then seal the interview</source>
        <translation>Kontrollér, at hver fortrydelse er markeret og vurderet, og forsegl derefter interviewet</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Luk vindue</translation>
    </message>
    <message>
        <source>Save everything and close the interview; the draft reopens where it was</source>
        <translation>Gem alt, og luk interviewet; kladden genåbnes, hvor den slap</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Undo the last note or tag change</source>
        <translation>Fortryd den seneste ændring af en note eller markering</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Gentag det, der blev fortrudt</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>&amp;Rediger note</translation>
    </message>
    <message>
        <source>Edit the selected note, or the last one</source>
        <translation>Rediger den valgte note eller den seneste</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Slet note</translation>
    </message>
    <message>
        <source>Delete the selected note in the log</source>
        <translation>Slet den valgte note i loggen</translation>
    </message>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation>Markér som &amp;citat</translation>
    </message>
    <message>
        <source>Mark the selected note, or the last one, as the candidate&apos;s own words</source>
        <translation>Markér den valgte note eller den seneste som kandidatens egne ord</translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation>&amp;Næste fase</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>Gå til næste fase</translation>
    </message>
    <message>
        <source>&amp;Previous Stage</source>
        <translation>&amp;Forrige fase</translation>
    </message>
    <message>
        <source>Move back to the previous stage</source>
        <translation>Gå tilbage til forrige fase</translation>
    </message>
    <message>
        <source>&amp;Another Regret</source>
        <translation>&amp;Endnu en fortrydelse</translation>
    </message>
    <message>
        <source>Start a new regret and go back to the decision stage</source>
        <translation>Start en ny fortrydelse, og gå tilbage til beslutningsfasen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Regret</source>
        <translation>Næ&amp;ste fortrydelse</translation>
    </message>
    <message>
        <source>Make the next regret the one being discussed</source>
        <translation>Gør den næste fortrydelse til den, der drøftes</translation>
    </message>
    <message>
        <source>Pre&amp;vious Regret</source>
        <translation>Forri&amp;ge fortrydelse</translation>
    </message>
    <message>
        <source>Make the previous regret the one being discussed</source>
        <translation>Gør den forrige fortrydelse til den, der drøftes</translation>
    </message>
    <message>
        <source>&amp;Product-level</source>
        <translation>&amp;Produktniveau</translation>
    </message>
    <message>
        <source>Tag the current regret as product-level</source>
        <translation>Markér den aktuelle fortrydelse som produktniveau</translation>
    </message>
    <message>
        <source>&amp;Domain-specific</source>
        <translation>&amp;Domænespecifik</translation>
    </message>
    <message>
        <source>Tag the current regret as domain-specific</source>
        <translation>Markér den aktuelle fortrydelse som domænespecifik</translation>
    </message>
    <message>
        <source>&amp;Mixed</source>
        <translation>&amp;Blandet</translation>
    </message>
    <message>
        <source>Tag the current regret as mixed</source>
        <translation>Markér den aktuelle fortrydelse som blandet</translation>
    </message>
    <message>
        <source>&amp;Unclear</source>
        <translation>&amp;Uklar</translation>
    </message>
    <message>
        <source>Tag the current regret as unclear</source>
        <translation>Markér den aktuelle fortrydelse som uklar</translation>
    </message>
    <message>
        <source>Choose Do&amp;main…</source>
        <translation>Vælg do&amp;mæne…</translation>
    </message>
    <message>
        <source>Type part of the domain&apos;s name, then Enter</source>
        <translation>Skriv en del af domænets navn, og tryk på Enter</translation>
    </message>
    <message>
        <source>Depth &amp;%1</source>
        <translation>Dybde &amp;%1</translation>
    </message>
    <message>
        <source>Rate the current regret&apos;s depth %1</source>
        <translation>Vurder den aktuelle fortrydelses dybde til %1</translation>
    </message>
    <message>
        <source>&amp;Product or Domain?</source>
        <translation>&amp;Produkt eller domæne?</translation>
    </message>
    <message>
        <source>What separates a product-level from a domain-specific regret</source>
        <translation>Hvad der adskiller en fortrydelse på produktniveau fra en domænespecifik</translation>
    </message>
    <message>
        <source>Toggle the layer %1 on the current regret</source>
        <translation>Slå laget %1 til eller fra for den aktuelle fortrydelse</translation>
    </message>
    <message>
        <source>Tick Probe &amp;%1</source>
        <translation>Afkryds opfølgning &amp;%1</translation>
    </message>
    <message>
        <source>Mark probe %1 of this stage as asked</source>
        <translation>Markér opfølgning %1 i denne fase som stillet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Save everything and close Hindsight, as Quit in the main window does</source>
        <translation>Gem alt, og luk Hindsight, som Afslut i hovedvinduet gør</translation>
    </message>
    <message>
        <source>&amp;Use Last Note as Answer</source>
        <translation>Br&amp;ug seneste note som svar</translation>
    </message>
    <message>
        <source>Put the last note into the current regret&apos;s field for this stage</source>
        <translation>Sæt den seneste note ind i den aktuelle fortrydelses felt for denne fase</translation>
    </message>
    <message>
        <source>%1: into the current regret&apos;s field for this stage (System, Decision, Why and cost, Instead, Impact); added on a new line when the field already has text</source>
        <translation>%1: ind i den aktuelle fortrydelses felt for denne fase (System, Beslutning, Hvorfor og pris, I stedet, Konsekvens); tilføjes på en ny linje, når feltet allerede har tekst</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s system: what they built, at what scale</source>
        <translation>Gå til den aktuelle fortrydelses system: hvad de byggede, i hvilken skala</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Beslutning</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s decision</source>
        <translation>Gå til den aktuelle fortrydelses beslutning</translation>
    </message>
    <message>
        <source>&amp;Why and Cost</source>
        <translation>&amp;Hvorfor og pris</translation>
    </message>
    <message>
        <source>Go to how the current regret was found out and what it cost</source>
        <translation>Gå til, hvordan den aktuelle fortrydelse blev opdaget, og hvad den kostede</translation>
    </message>
    <message>
        <source>I&amp;nstead</source>
        <translation>&amp;I stedet</translation>
    </message>
    <message>
        <source>Go to what they would do instead</source>
        <translation>Gå til, hvad de ville gøre i stedet</translation>
    </message>
    <message>
        <source>Impa&amp;ct</source>
        <translation>&amp;Konsekvens</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s impact</source>
        <translation>Gå til den aktuelle fortrydelses konsekvens</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s level</source>
        <translation>Gå til den aktuelle fortrydelses niveau</translation>
    </message>
    <message>
        <source>Do&amp;main</source>
        <translation>&amp;Domæne</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s domain</source>
        <translation>Gå til den aktuelle fortrydelses domæne</translation>
    </message>
    <message>
        <source>De&amp;pth</source>
        <translation>D&amp;ybde</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s depth</source>
        <translation>Gå til den aktuelle fortrydelses dybde</translation>
    </message>
    <message>
        <source>&amp;Amend Interview…</source>
        <translation>&amp;Ret interview…</translation>
    </message>
    <message>
        <source>Correct this submitted interview in a new version, with a written reason; this version is kept</source>
        <translation>Ret dette indsendte interview i en ny version med en skriftlig begrundelse; denne version bevares</translation>
    </message>
    <message>
        <source>Save Notes &amp;As…</source>
        <translation>Gem noter &amp;som…</translation>
    </message>
    <message>
        <source>Write this interview&apos;s notes and answers to a text file of your choice</source>
        <translation>Skriv dette interviews noter og svar til en tekstfil efter eget valg</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewAmender</name>
    <message>
        <source>the interview by %1 with %2 of %3</source>
        <translation>interviewet ved %1 med %2 fra %3</translation>
    </message>
    <message>
        <source>Amend Interview</source>
        <translation>Ret interview</translation>
    </message>
    <message>
        <source>A draft is not amended: it can still be edited as it is.</source>
        <translation>En kladde rettes ikke: den kan stadig redigeres, som den er.</translation>
    </message>
    <message>
        <source>Version %1 was replaced by an amendment; only the current version can be amended.</source>
        <translation>Version %1 er erstattet af en rettelse; kun den gældende version kan rettes.</translation>
    </message>
    <message>
        <source>Only %1, who submitted this interview, may amend it (you are %2).</source>
        <translation>Kun %1, der indsendte interviewet, må rette det (du er %2).</translation>
    </message>
    <message>
        <source>Could not read the interview.</source>
        <translation>Interviewet kunne ikke læses.</translation>
    </message>
    <message>
        <source>You cannot amend %1.</source>
        <translation>Du kan ikke rette %1.</translation>
    </message>
    <message>
        <source>Could not amend %1.</source>
        <translation>%1 kunne ikke rettes.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewBanner</name>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Angivet begrundelse: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2, amended %3.</source>
        <translation>Version %1 af %2, rettet %3.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begrundelse: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Modified after submission.&lt;/b&gt; The notes or tags below no longer match what was sealed when this interview was submitted; treat them with care.</source>
        <translation>&lt;b&gt;Ændret efter indsendelse.&lt;/b&gt; Noterne eller markeringerne nedenfor stemmer ikke længere overens med det, der blev forseglet, da interviewet blev indsendt; brug dem med forsigtighed.</translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted, read-only. It no longer counts for the candidate&apos;s figures: the current version does.</source>
        <translation>Bevaret præcis, som den blev indsendt, skrivebeskyttet. Den tæller ikke længere med i kandidatens tal: det gør den gældende version.</translation>
    </message>
    <message>
        <source>Sealed, read-only, and counts for the candidate&apos;s figures. The earlier versions stay readable from the candidate page.</source>
        <translation>Forseglet, skrivebeskyttet og tæller med i kandidatens tal. De tidligere versioner kan stadig læses fra kandidatsiden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submitted.&lt;/b&gt; This interview is sealed and counts for the candidate&apos;s figures; it is shown read-only.</source>
        <translation>&lt;b&gt;Indsendt.&lt;/b&gt; Dette interview er forseglet og tæller med i kandidatens tal; det vises skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Amending: this will be version %1, replacing version %2.</source>
        <translation>Rettelse: dette bliver version %1 og erstatter version %2.</translation>
    </message>
    <message>
        <source>Version %1 stays as it was submitted, and counts, until you submit this amendment (Ctrl+Return). Everyone will see the reason.</source>
        <translation>Version %1 forbliver, som den blev indsendt, og tæller, indtil du indsender denne rettelse (Ctrl+Return). Alle vil se begrundelsen.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewEvidenceModel</name>
    <message>
        <source>Draft: %1</source>
        <translation>Kladde: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation>
            <numerusform>%n fortrydelse</numerusform>
            <numerusform>%n fortrydelser</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview by %1 · %2 · submitted · %3</source>
        <translation>Interview ved %1 · %2 · indsendt · %3</translation>
    </message>
    <message>
        <source>Draft by %1 · %2 · not counted until submitted · %3</source>
        <translation>Kladde ved %1 · %2 · tæller ikke før indsendelse · %3</translation>
    </message>
    <message>
        <source>Regret %1 (no decision written down)</source>
        <translation>Fortrydelse %1 (ingen beslutning skrevet ned)</translation>
    </message>
    <message>
        <source>%1, quote</source>
        <translation>%1, citat</translation>
    </message>
    <message>
        <source>Submitted: counts for the figures above.</source>
        <translation>Indsendt: tæller med i tallene ovenfor.</translation>
    </message>
    <message>
        <source>Draft: not counted until the interviewer submits it.</source>
        <translation>Kladde: tæller ikke, før intervieweren indsender den.</translation>
    </message>
    <message>
        <source>Depth %1, %2: %3</source>
        <translation>Dybde %1, %2: %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belæg</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Level / stage</source>
        <translation>Niveau/fase</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Interview by %1 · %2 · submitted, %3 · %4</source>
        <translation>Interview ved %1 · %2 · indsendt, %3 · %4</translation>
    </message>
    <message>
        <source>Draft by %1 · not counted until submitted · %2 · %3</source>
        <translation>Kladde ved %1 · tæller ikke, før den er indsendt · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Submitted: counts for the figures above. %1</source>
        <translation>Indsendt: tæller med i tallene ovenfor. %1</translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted; it no longer counts. Enter opens it read-only.</source>
        <translation>Bevaret præcis, som den blev indsendt; den tæller ikke længere. Enter åbner den skrivebeskyttet.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewHeader</name>
    <message>
        <source>Time since the interview started</source>
        <translation>Tid siden interviewet begyndte</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <source>Interviewed by %1</source>
        <translation>Interviewet af %1</translation>
    </message>
    <message>
        <source>%1 · interviewed by %2</source>
        <translation>%1 · interviewet af %2</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Forløbet tid %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Save state: %1</source>
        <translation>Lagringsstatus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Elapsed %1, past the time budget of %n minute(s)</source>
        <translation>
            <numerusform>Forløbet tid %1, ud over tidsbudgettet på %n minut</numerusform>
            <numerusform>Forløbet tid %1, ud over tidsbudgettet på %n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Past the time budget of %n minute(s): the interview started at %1.</source>
        <translation>
            <numerusform>Tidsbudgettet på %n minut er overskredet: interviewet startede %1.</numerusform>
            <numerusform>Tidsbudgettet på %n minutter er overskredet: interviewet startede %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time since the interview started at %1; the time budget is %n minute(s).</source>
        <translation>
            <numerusform>Tid siden interviewet startede %1; tidsbudgettet er %n minut.</numerusform>
            <numerusform>Tid siden interviewet startede %1; tidsbudgettet er %n minutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Kept in journal</source>
        <translation>Bevaret i journalen</translation>
    </message>
    <message>
        <source>Offline, kept on this laptop</source>
        <translation>Offline, gemt på denne computer</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewKit</name>
    <message>
        <source>Interview kit: %1</source>
        <translation>Interviewguide: %1</translation>
    </message>
    <message>
        <source>Interview kit</source>
        <translation>Interviewguide</translation>
    </message>
    <message>
        <source>Candidate: ____________________________    Interviewer: ____________________________    Date: ______________</source>
        <translation>Kandidat: ____________________________    Interviewer: ____________________________    Dato: ______________</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>Spørgsmålet.</translation>
    </message>
    <message>
        <source>“Describe a system you built, and a decision you would reverse if you started over.” Take the stages in order; tick a probe when you ask it; after each regret, fill in its rating grid. Tag what the regret is about, not how senior the candidate sounds.</source>
        <translation>„Beskriv et system, du har bygget, og en beslutning, du ville omgøre, hvis du startede forfra.“ Tag faserne i rækkefølge; afkryds en opfølgning, når du stiller den; udfyld vurderingsskemaet efter hver fortrydelse. Markér, hvad fortrydelsen handler om, ikke hvor senior kandidaten lyder.</translation>
    </message>
    <message>
        <source>%1 (depth %2)</source>
        <translation>%1 (dybde %2)</translation>
    </message>
    <message>
        <source>What the role needs.</source>
        <translation>Rollens krav.</translation>
    </message>
    <message>
        <source>Breadth %1 of 10; no specialist domain is demanded.</source>
        <translation>Bredde %1 ud af 10; der kræves intet specialistdomæne.</translation>
    </message>
    <message>
        <source>Breadth %1 of 10; depth in %2.</source>
        <translation>Bredde %1 ud af 10; dybde i %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The guided question</source>
        <translation>Det guidede spørgsmål</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>For a product-level regret:</source>
        <translation>Ved en fortrydelse på produktniveau:</translation>
    </message>
    <message>
        <source>For a domain-specific or mixed regret:</source>
        <translation>Ved en domænespecifik eller blandet fortrydelse:</translation>
    </message>
    <message>
        <source>While the level is still unclear:</source>
        <translation>Mens niveauet stadig er uklart:</translation>
    </message>
    <message>
        <source>Rating each regret</source>
        <translation>Vurdering af hver fortrydelse</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Fortrydelse %1</translation>
    </message>
    <message>
        <source>The decision:</source>
        <translation>Beslutningen:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domæne:</translation>
    </message>
    <message>
        <source>Layers touched:</source>
        <translation>Berørte lag:</translation>
    </message>
    <message>
        <source>The anchored depth scale</source>
        <translation>Den forankrede dybdeskala</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Kort sagt</translation>
    </message>
    <message>
        <source>The answer…</source>
        <translation>Svaret…</translation>
    </message>
    <message>
        <source>The levels</source>
        <translation>Niveauerne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewLauncher</name>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Could not open the interview.</source>
        <translation>Interviewet kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>The interview cannot open until its kept notes are written.</source>
        <translation>Interviewet kan ikke åbnes, før dets gemte noter er skrevet.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewSession</name>
    <message>
        <source>Regret %1</source>
        <translation>Fortrydelse %1</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Markér som %1</translation>
    </message>
    <message>
        <source>Set Domain</source>
        <translation>Angiv domæne</translation>
    </message>
    <message>
        <source>Rate Depth %1</source>
        <translation>Vurder dybde %1</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Tilføj lag</translation>
    </message>
    <message>
        <source>Remove Layer</source>
        <translation>Fjern lag</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Rediger note</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <source>Mark as Quote</source>
        <translation>Markér som citat</translation>
    </message>
    <message>
        <source>Unmark Quote</source>
        <translation>Fjern citatmarkering</translation>
    </message>
    <message>
        <source>Use Last Note as Answer</source>
        <translation>Brug seneste note som svar</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewVersions</name>
    <message>
        <source>Amending · version %1</source>
        <translation>Rettelse · version %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begrundelse: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 af %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This window was opened without the database.</source>
        <translation>Dette vindue blev åbnet uden databasen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewWindow</name>
    <message>
        <source>Interview with %1 — Hindsight</source>
        <translation>Interview med %1 — Hindsight</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>M&amp;arkér</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Lag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Regret %1 started at the decision stage.</source>
        <translation>Fortrydelse %1 er startet i beslutningsfasen.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Indsender…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ikke indsendt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Modified after submission</source>
        <translation>Ændret efter indsendelse</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Indsendt</translation>
    </message>
    <message>
        <source>This interview is submitted and can no longer change.</source>
        <translation>Dette interview er indsendt og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Read-only: submitted interviews cannot change.</source>
        <translation>Skrivebeskyttet: indsendte interviews kan ikke ændres.</translation>
    </message>
    <message>
        <source>&amp;Regret</source>
        <translation>F&amp;ortrydelse</translation>
    </message>
    <message>
        <source>Enter adds a note · Ctrl+Right next stage · Ctrl+1/2/3 level · Alt+0…4 depth · Alt+D decision · Ctrl+L last note as answer · Esc back to notes · F1 levels explained · Ctrl+Return submits</source>
        <translation>Enter tilføjer en note · Ctrl+Right næste fase · Ctrl+1/2/3 niveau · Alt+0…4 dybde · Alt+D beslutning · Ctrl+L seneste note som svar · Esc tilbage til noterne · F1 niveauer forklaret · Ctrl+Return indsender</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LastNoteAnswer</name>
    <message>
        <source>This interview is submitted: its answers can no longer change.</source>
        <translation>Dette interview er indsendt: dets svar kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>The %1 stage has no answer field; the last note goes into one at System, Decision, Discovery, Instead and Depth probe.</source>
        <translation>Fasen %1 har intet svarfelt; den seneste note kan sættes ind i et felt ved System, Beslutning, Opdagelse, I stedet og Dybdesondering.</translation>
    </message>
    <message>
        <source>There is no note yet: type one and press Enter first.</source>
        <translation>Der er ingen note endnu: skriv en, og tryk først på Enter.</translation>
    </message>
    <message>
        <source>The last note is now in %1 of regret %2.</source>
        <translation>Den seneste note står nu i %1 for fortrydelse %2.</translation>
    </message>
    <message>
        <source>%1 of regret %2 already ends with the last note.</source>
        <translation>%1 for fortrydelse %2 slutter allerede med den seneste note.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LevelGuide</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Product-level%1&lt;/b&gt; — the regret is about what was built and for whom: scope, the shape of the data, an abstraction nobody needed. Anyone on the team could have made or questioned the decision.&lt;br&gt;&lt;i&gt;Example: “We built a plug-in rule system for pricing when three plain tables would have covered every customer we ever had.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Domain-specific%2&lt;/b&gt; — the regret lives inside one specialist domain: how a broker, a query planner, a consensus protocol or a payment flow behaves underneath. It takes that domain&apos;s knowledge to see why it was wrong.&lt;br&gt;&lt;i&gt;Example: “We rebuilt consumer state by replaying the whole topic on every restart; a compacted topic keyed by account would have made restarts take seconds.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mixed%3&lt;/b&gt; — a product trade-off whose cost only shows with specialist depth; tag its domain too. &lt;b&gt;Unclear%4&lt;/b&gt; — you could not tell from the answer.&lt;/p&gt;&lt;p&gt;Tag what the regret is about, not how senior the candidate sounds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Produktniveau%1&lt;/b&gt; — fortrydelsen handler om, hvad der blev bygget og til hvem: omfang, dataenes struktur, en abstraktion, som ingen havde brug for. Alle på teamet kunne have truffet eller stillet spørgsmål ved beslutningen.&lt;br&gt;&lt;i&gt;Eksempel: „Vi byggede et plugin-baseret regelsystem til prissætning, hvor tre simple tabeller ville have dækket alle de kunder, vi nogensinde har haft.“&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Domænespecifik%2&lt;/b&gt; — fortrydelsen ligger inden for ét specialistdomæne: hvordan en broker, en forespørgselsplanlægger, en konsensusprotokol eller et betalingsflow opfører sig nedenunder. Det kræver viden om netop det domæne at se, hvorfor den var forkert.&lt;br&gt;&lt;i&gt;Eksempel: „Vi genopbyggede consumer-tilstanden ved at afspille hele topic&apos;et ved hver genstart; et compacted topic med konto som nøgle ville have gjort genstarter til et spørgsmål om sekunder.“&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Blandet%3&lt;/b&gt; — en produktafvejning, hvis omkostning først viser sig med specialistdybde; markér også domænet. &lt;b&gt;Uklar%4&lt;/b&gt; — du kunne ikke afgøre det ud fra svaret.&lt;/p&gt;&lt;p&gt;Markér, hvad fortrydelsen handler om, ikke hvor senior kandidaten lyder.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LevelGuideDialog</name>
    <message>
        <source>Product-level or Domain-specific?</source>
        <translation>Produktniveau eller domænespecifik?</translation>
    </message>
    <message>
        <source>How to tell the levels apart</source>
        <translation>Sådan skelner du mellem niveauerne</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Kandidat</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::MainWindow</name>
    <message>
        <source>%1 — Hindsight</source>
        <translation>%1 — Hindsight</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Could not show the candidate.</source>
        <translation>Kandidaten kunne ikke vises.</translation>
    </message>
    <message>
        <source>Could not show the role.</source>
        <translation>Rollen kunne ikke vises.</translation>
    </message>
    <message>
        <source>Could not read the database.</source>
        <translation>Databasen kunne ikke læses.</translation>
    </message>
    <message>
        <source>Read the database again.</source>
        <translation>Databasen er læst igen.</translation>
    </message>
    <message>
        <source>Import Hindsight Data</source>
        <translation>Importér Hindsight-data</translation>
    </message>
    <message>
        <source>Hindsight JSON (*.json);;All files (*)</source>
        <translation>Hindsight JSON (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Intet blev importeret fra %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Ask a backend candidate which decision they would reverse, and see whether the shape of their experience fits the role.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Spørg en backend-kandidat, hvilken beslutning vedkommende ville omgøre, og se, om profilen i kandidatens erfaring passer til rollen.&lt;/p&gt;&lt;p&gt;Fri software under GNU General Public License, version 3 eller enhver senere version (GPL-3.0-or-later). Der ydes ingen garanti.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Hindsight</source>
        <translation>Om Hindsight</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rolle</numerusform>
            <numerusform>%n roller</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidat</numerusform>
            <numerusform>%n kandidater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n vises</numerusform>
            <numerusform>%n vises</numerusform>
        </translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Could not read the roles.</source>
        <translation>Rollerne kunne ikke læses.</translation>
    </message>
    <message>
        <source>Could not add the candidate.</source>
        <translation>Kandidaten kunne ikke tilføjes.</translation>
    </message>
    <message>
        <source>Added %1. Start the interview with %2.</source>
        <translation>Tilføjede %1. Start interviewet med %2.</translation>
    </message>
    <message>
        <source>Select a candidate first, or add one with New Candidate.</source>
        <translation>Vælg først en kandidat, eller tilføj en med Ny kandidat.</translation>
    </message>
    <message>
        <source>Select a role or one of its candidates first.</source>
        <translation>Vælg først en rolle eller en af dens kandidater.</translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation>Rollen %1 er gemt.</translation>
    </message>
    <message>
        <source>Could not check the database for changes: %1</source>
        <translation>Kunne ikke se efter ændringer i databasen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Interviews now have a time budget of %n minute(s).</source>
        <translation>
            <numerusform>Interviews har nu et tidsbudget på %n minut.</numerusform>
            <numerusform>Interviews har nu et tidsbudget på %n minutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drafts could not be moved to your new name.</source>
        <translation>Dine kladder kunne ikke flyttes til dit nye navn.</translation>
    </message>
    <message>
        <source>Interviews are now recorded under %1.</source>
        <translation>Interviews registreres nu under %1.</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Vælg først en rolle.</translation>
    </message>
    <message>
        <source>Nothing to import: everything in %1 is already here.</source>
        <translation>Intet at importere: alt i %1 findes her allerede.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n candidate(s) added, %2 merged.</source>
        <translation>
            <numerusform>Importerede %1: %n kandidat tilføjet, %2 flettet.</numerusform>
            <numerusform>Importerede %1: %n kandidater tilføjet, %2 flettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Teamserver: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::MyDraftsDialog</name>
    <message>
        <source>Show drafts under &amp;other names</source>
        <translation>Vis kladder under &amp;andre navne</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Kassér…</translation>
    </message>
    <message>
        <source>My Drafts</source>
        <translation>Mine kladder</translation>
    </message>
    <message>
        <source>Interviews you began as %1 and have not submitted, the most recently changed first. Reopen one to go on where you left it, or discard one you abandoned.</source>
        <translation>Interviews, du har påbegyndt som %1 og ikke indsendt, de senest ændrede først. Genåbn et for at fortsætte, hvor du slap, eller kassér et, du har opgivet.</translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation>Dine kladder</translation>
    </message>
    <message>
        <source>This database file is this computer&apos;s: a draft left under a name used before the interviewer name in the settings changed shows here. It can be discarded, not reopened.</source>
        <translation>Denne databasefil hører til denne computer: en kladde, der blev efterladt under et navn, som blev brugt, før interviewernavnet i indstillingerne blev ændret, vises her. Den kan kasseres, men ikke genåbnes.</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Kassér kladde</translation>
    </message>
    <message>
        <source>Could not read the drafts: %1</source>
        <translation>Kunne ikke læse kladderne: %1</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, startet %2</translation>
    </message>
    <message>
        <source>No drafts on this database: every interview begun here has been submitted.</source>
        <translation>Ingen kladder i denne database: alle interviews, der er påbegyndt her, er indsendt.</translation>
    </message>
    <message>
        <source>No drafts under your name, %1. A draft is kept from the moment you start an interview until you submit it.</source>
        <translation>Ingen kladder under dit navn, %1. En kladde gemmes, fra du starter et interview, til du indsender det.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) under other names: tick “Show drafts under other names” to see them.</source>
        <translation>
            <numerusform>%n kladde under andre navne: sæt flueben ved „Vis kladder under andre navne“ for at se den.</numerusform>
            <numerusform>%n kladder under andre navne: sæt flueben ved „Vis kladder under andre navne“ for at se dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded under the name %1, not yours (%2): only %1 reopens it, with that name in the settings. You may discard it.</source>
        <translation>Registreret under navnet %1, ikke dit (%2): kun %1 kan genåbne den, med det navn i indstillingerne. Du må gerne kassere den.</translation>
    </message>
    <message>
        <source>Open in an interview window: Reopen brings it to the front.</source>
        <translation>Åben i et interviewvindue: Genåbn henter det frem.</translation>
    </message>
    <message>
        <source>An amendment in progress: discarding it keeps the submitted version as it is.</source>
        <translation>En rettelse under arbejde: kasseres den, forbliver den indsendte version uændret.</translation>
    </message>
    <message>
        <source>The draft with %1 is open in an interview window: close that window first, then discard it.</source>
        <translation>Kladden med %1 er åben i et interviewvindue: luk vinduet først, og kassér den derefter.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) and everything else recorded in it (regrets, tags, probe ticks, stage times) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Dens %n note og alt andet, der er registreret i den (fortrydelser, markeringer, afkrydsede opfølgninger, tid pr. fase), slettes. Det kan ikke fortrydes.</numerusform>
            <numerusform>Dens %n noter og alt andet, der er registreret i den (fortrydelser, markeringer, afkrydsede opfølgninger, tid pr. fase), slettes. Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the amendment in progress of the interview with %1?</source>
        <translation>Kassér rettelsen under arbejde af interviewet med %1?</translation>
    </message>
    <message>
        <source>The submitted version stays as it is.</source>
        <translation>Den indsendte version forbliver uændret.</translation>
    </message>
    <message>
        <source>Discard your draft interview with %1?</source>
        <translation>Kassér din interviewkladde med %1?</translation>
    </message>
    <message>
        <source>Discard the draft interview by %1 with %2?</source>
        <translation>Kassér interviewkladden af %1 med %2?</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>&amp;Kassér kladde</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Could not discard the draft interview with %1.</source>
        <translation>Kunne ikke kassere interviewkladden med %1.</translation>
    </message>
    <message>
        <source>Discarded the draft with %1.</source>
        <translation>Kladden med %1 er kasseret.</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Ko&amp;lonner…</translation>
    </message>
    <message>
        <source>Choose the columns of the table (%1)</source>
        <translation>Vælg tabellens kolonner (%1)</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NewCandidateDialog</name>
    <message>
        <source>New Candidate</source>
        <translation>Ny kandidat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Pick a role or type a new title</source>
        <translation>Vælg en rolle, eller skriv en ny titel</translation>
    </message>
    <message>
        <source>Add Candidate</source>
        <translation>Tilføj kandidat</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type a note — Enter adds it to the log with the time and stage, Shift+Enter starts a new line</source>
        <translation>Skriv en note — Enter tilføjer den til loggen med tidspunkt og fase, Shift+Enter starter en ny linje</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteLogModel</name>
    <message>
        <source>Quote: %1</source>
        <translation>Citat: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Fortrydelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The candidate&apos;s own words (%1 to unmark)</source>
        <translation>Kandidatens egne ord (%1 for at fjerne markeringen)</translation>
    </message>
    <message>
        <source>F2 or double-click to edit, Delete to remove, %1 to mark as a quote</source>
        <translation>F2 eller dobbeltklik for at redigere, Delete for at fjerne, %1 for at markere som citat</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteLogView</name>
    <message>
        <source>Notes so far</source>
        <translation>Noter indtil nu</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::OverrideDialog</name>
    <message>
        <source>Override Placement — %1</source>
        <translation>Tilsidesæt placering — %1</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>What the formula misses: the evidence that puts the candidate elsewhere.</source>
        <translation>Det, formlen overser: det belæg, der placerer kandidaten et andet sted.</translation>
    </message>
    <message>
        <source>The formula: breadth %1, depth %2, %3. It stays on the board beside your placement.</source>
        <translation>Formlen: bredde %1, dybde %2, %3. Den bliver stående på tavlen ved siden af din placering.</translation>
    </message>
    <message>
        <source>&amp;Breadth</source>
        <translation>&amp;Bredde</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>&amp;Dybde</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>Begr&amp;undelse (påkrævet)</translation>
    </message>
    <message>
        <source>Record Placement</source>
        <translation>Registrer placering</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PreferencesDialog</name>
    <message>
        <source>Welcome to Hindsight</source>
        <translation>Velkommen til Hindsight</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Before your first interview: who is interviewing? Every interview you hold is recorded under this name and e-mail, and a committee that imports your interviews sees both. The same e-mail on two laptops is the same interviewer. You can change them later in Edit → Preferences.</source>
        <translation>Før dit første interview: hvem interviewer? Hvert interview, du holder, registreres under dette navn og denne e-mail, og et udvalg, der importerer dine interviews, ser begge. Den samme e-mail på to bærbare er den samme interviewer. Du kan ændre dem senere under Rediger → Indstillinger.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation>navn@example.org (valgfri)</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Din e-mailadresse</translation>
    </message>
    <message>
        <source>You, the interviewer</source>
        <translation>Dig som interviewer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Time budget in minutes</source>
        <translation>Tidsbudget i minutter</translation>
    </message>
    <message>
        <source>Past it, the live interview&apos;s clock turns amber</source>
        <translation>Derefter bliver interviewets ur ravgult</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Opbevaringsperiode i måneder</translation>
    </message>
    <message>
        <source>Candidates with no activity for this long are offered for erasure when Hindsight starts; Off keeps everybody</source>
        <translation>Kandidater uden aktivitet så længe foreslås slettet, når Hindsight starter; Fra beholder alle</translation>
    </message>
    <message>
        <source>Interviews and data</source>
        <translation>Interviews og data</translation>
    </message>
    <message>
        <source>&amp;Time budget:</source>
        <translation>&amp;Tidsbudget:</translation>
    </message>
    <message>
        <source>E&amp;rase inactive candidates after:</source>
        <translation>S&amp;let inaktive kandidater efter:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <source>Interviews need a name to be recorded under.</source>
        <translation>Interviews skal have et navn at blive registreret under.</translation>
    </message>
    <message>
        <source>Not an e-mail address; leave it empty if you have none.</source>
        <translation>Ikke en e-mailadresse; lad feltet stå tomt, hvis du ikke har en.</translation>
    </message>
    <message>
        <source>Every interview you hold is recorded under this name and e-mail; a committee that imports your interviews sees both. The e-mail says who you are: with the same e-mail under a new name, your drafts and the interviews you may amend stay yours, and calibration counts you once. Changing either moves your drafts with you; submitted interviews keep what they were submitted with.</source>
        <translation>Hvert interview, du holder, registreres under dette navn og denne e-mail; et udvalg, der importerer dine interviews, ser begge. E-mailen siger, hvem du er: med samme e-mail under et nyt navn forbliver dine kladder og de interviews, du må rette, dine, og kalibreringen tæller dig én gang. Ændrer du et af dem, følger dine kladder med; indsendte interviews beholder det, de blev indsendt med.</translation>
    </message>
    <message>
        <source>You are connected to a team server: interviews are recorded under the name and e-mail its administrator gave your login. They are shown here and cannot be changed on this laptop.</source>
        <translation>Du er forbundet til en teamserver: interviews registreres under det navn og den e-mail, som dens administrator gav dit login. De vises her og kan ikke ændres på denne computer.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The language of menus, reports, numbers and dates; takes effect the next time Hindsight starts</source>
        <translation>Sproget i menuer, rapporter, tal og datoer; træder i kraft næste gang Hindsight starter</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisk (%1)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <source>The paper of printed reports and PDFs; Automatic uses Letter where the system&apos;s region does (the United States, Canada, Mexico, …) and A4 elsewhere</source>
        <translation>Papiret til udskrevne rapporter og PDF&apos;er; Automatisk bruger Letter, hvor systemets region gør det (USA, Canada, Mexico, …), og ellers A4</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papirstørrelse:</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PromptPanel</name>
    <message>
        <source>Tick when you have asked it (%1)</source>
        <translation>Afkryds, når du har stillet det (%1)</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3</source>
        <translation>Fase %1 af %2 · %3</translation>
    </message>
    <message>
        <source> · regret %1</source>
        <translation> · fortrydelse %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Spørgsmål: %1</translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Opfølgning: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PurgeDialog</name>
    <message>
        <source>&amp;Rewrite those backups without them</source>
        <translation>&amp;Skriv disse sikkerhedskopier om uden dem</translation>
    </message>
    <message>
        <source>&amp;Delete those backups</source>
        <translation>&amp;Slet disse sikkerhedskopier</translation>
    </message>
    <message>
        <source>Erase Inactive Candidates</source>
        <translation>Slet inaktive kandidater</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) had no activity for %1 months or more. Erase them and everything held about them?</source>
        <translation>
            <numerusform>%n kandidat har ikke haft aktivitet i %1 måneder eller mere. Slet vedkommende og alt, hvad der gemmes om vedkommende?</numerusform>
            <numerusform>%n kandidater har ikke haft aktivitet i %1 måneder eller mere. Slet dem og alt, hvad der gemmes om dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>Held about them: %1.</source>
        <translation>Gemt om dem: %1.</translation>
    </message>
    <message>
        <source>No backup in %1 holds them.</source>
        <translation>Ingen sikkerhedskopi i %1 indeholder dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them:</source>
        <translation>
            <numerusform>%n sikkerhedskopi i %1 med dem:</numerusform>
            <numerusform>%n sikkerhedskopier i %1 med dem:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read, so nothing will be erased until it is repaired or removed.</source>
        <translation>%1 kan ikke læses, så intet slettes, før den er repareret eller fjernet.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ikke nu</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Seneste aktivitet</translation>
    </message>
    <message>
        <source>Nothing Was Erased</source>
        <translation>Intet blev slettet</translation>
    </message>
    <message>
        <source>Nothing was erased from the database.</source>
        <translation>Intet blev slettet fra databasen.</translation>
    </message>
    <message>
        <source>Their text is still in %1 because another program is reading the database; it goes when the last program using the database closes it.</source>
        <translation>Deres tekst findes stadig i %1, fordi et andet program læser databasen; den forsvinder, når det sidste program, der bruger databasen, lukker den.</translation>
    </message>
    <message>
        <source>Erased, With a Problem</source>
        <translation>Slettet, men med et problem</translation>
    </message>
    <message>
        <source>The candidates were erased from the database.</source>
        <translation>Kandidaterne blev slettet fra databasen.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretActions</name>
    <message>
        <source>Regret %1 of %2: %3</source>
        <translation>Fortrydelse %1 af %2: %3</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>ingen beslutning endnu</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretAnswer</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>How they found out</source>
        <translation>Sådan opdagede de det</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>I stedet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretCard</name>
    <message>
        <source>Regret %1</source>
        <translation>Fortrydelse %1</translation>
    </message>
    <message>
        <source>%1 — Shift+Enter for a new line; Enter or Esc back to the notes</source>
        <translation>%1 — Shift+Enter for en ny linje; Enter eller Esc tilbage til noterne</translation>
    </message>
    <message>
        <source>Click, or press Ctrl+Up or Ctrl+Down, to discuss this regret</source>
        <translation>Klik, eller tryk på Ctrl+Up eller Ctrl+Down, for at drøfte denne fortrydelse</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>ingen beslutning endnu</translation>
    </message>
    <message>
        <source>Regret %1: %2 · %3 · %4 · %5</source>
        <translation>Fortrydelse %1: %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>not tagged</source>
        <translation>ikke markeret</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>intet domæne</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>dybde %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>%1 · being discussed</source>
        <translation>%1 · drøftes nu</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretCardList</name>
    <message>
        <source>Regrets</source>
        <translation>Fortrydelser</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretTagFields</name>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Not tagged yet</source>
        <translation>Endnu ikke markeret</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed, Ctrl+0 unclear; F1 explains the difference</source>
        <translation>Ctrl+1 produktniveau, Ctrl+2 domænespecifik, Ctrl+3 blandet, Ctrl+0 uklar; F1 forklarer forskellen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>Type to find a domain</source>
        <translation>Skriv for at finde et domæne</translation>
    </message>
    <message>
        <source>Type part of a domain&apos;s name and press Enter (%1)</source>
        <translation>Skriv en del af et domænes navn, og tryk på Enter (%1)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Endnu ikke vurderet</translation>
    </message>
    <message>
        <source>%1 · %2   %3</source>
        <translation>%1 · %2   %3</translation>
    </message>
    <message>
        <source>Depth on the anchored scale, Alt+0 … Alt+4</source>
        <translation>Dybde på den forankrede skala, Alt+0 … Alt+4</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Stack layers touched</source>
        <translation>Berørte lag i stakken</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Lag %1</translation>
    </message>
    <message>
        <source>%1 — Space when focused, or %2</source>
        <translation>%1 — Mellemrum, når den har fokus, eller %2</translation>
    </message>
    <message>
        <source>%1 — Space when focused</source>
        <translation>%1 — Mellemrum, når den har fokus</translation>
    </message>
    <message>
        <source>Needed for a %1 regret.</source>
        <translation>Kræves for en fortrydelse på niveauet %1.</translation>
    </message>
    <message>
        <source>0 no decision named · 1 named only · 2 trade-off · 3 mechanism and failure modes · 4 quantified, with evidence</source>
        <translation>0 ingen beslutning nævnt · 1 kun nævnt · 2 afvejning · 3 mekanisme og fejltilstande · 4 kvantificeret, med belæg</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretText</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Why and cost</source>
        <translation>Hvorfor og pris</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>I stedet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>What they built and owned, at what scale</source>
        <translation>Hvad de byggede og ejede, i hvilken skala</translation>
    </message>
    <message>
        <source>The decision they would reverse</source>
        <translation>Beslutningen, de ville omgøre</translation>
    </message>
    <message>
        <source>How they found out it was wrong, what it cost</source>
        <translation>Hvordan de fandt ud af, at den var forkert, og hvad den kostede</translation>
    </message>
    <message>
        <source>What they would do now, and its cost</source>
        <translation>Hvad de ville gøre nu, og hvad det koster</translation>
    </message>
    <message>
        <source>Who felt it, what broke, in numbers if given</source>
        <translation>Hvem mærkede det, hvad gik i stykker, i tal hvis nævnt</translation>
    </message>
    <message>
        <source>Edit System</source>
        <translation>Rediger system</translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation>Rediger beslutning</translation>
    </message>
    <message>
        <source>Edit Why and Cost</source>
        <translation>Rediger hvorfor og pris</translation>
    </message>
    <message>
        <source>Edit Instead</source>
        <translation>Rediger i stedet</translation>
    </message>
    <message>
        <source>Edit Impact</source>
        <translation>Rediger konsekvens</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ReportHtml</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who, when</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more character(s): the candidate summary has the whole text)</source>
        <translation>
            <numerusform>(%n tegn mere: kandidatresuméet har hele teksten)</numerusform>
            <numerusform>(%n tegn mere: kandidatresuméet har hele teksten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ReportPrinter</name>
    <message>
        <source>Confidential: for the hiring committee of this role only. Do not forward.</source>
        <translation>Fortroligt: kun til ansættelsesudvalget for denne rolle. Må ikke videresendes.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Hindsight %1</source>
        <translation>Hindsight %1</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>PDF-filen kunne ikke påbegyndes.</translation>
    </message>
    <message>
        <source>%1 could not be sent to the printer %2.</source>
        <translation>%1 kunne ikke sendes til printeren %2.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RiskChips</name>
    <message>
        <source>Risks: %1</source>
        <translation>Risici: %1</translation>
    </message>
    <message>
        <source>Risks: not assessed without a submitted interview</source>
        <translation>Risici: ikke vurderet uden et indsendt interview</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RoleCandidateModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n candidate(s)</source>
        <translation>
            <numerusform>%1, %n kandidat</numerusform>
            <numerusform>%1, %n kandidater</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (trukket tilbage)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1: no submitted interview yet</source>
        <translation>%1: intet indsendt interview endnu</translation>
    </message>
    <message>
        <source>%1: fit %2% for %3, %4; %5</source>
        <translation>%1: egnethed %2 % til %3, %4; %5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Role / candidate</source>
        <translation>Rolle/kandidat</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Egnethed</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RoleEditorDialog</name>
    <message>
        <source>Edit Role</source>
        <translation>Rediger rolle</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Ny rolle</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Taxonomy</source>
        <translation>&amp;Taksonomi</translation>
    </message>
    <message>
        <source>Add, rename or delete your own layers and domains</source>
        <translation>Tilføj, omdøb eller slet dine egne lag og domæner</translation>
    </message>
    <message>
        <source>Could not read the role.</source>
        <translation>Rollen kunne ikke læses.</translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Start fra en skabelon</translation>
    </message>
    <message>
        <source>Start from template…</source>
        <translation>Start fra en skabelon…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A template fills in a typical profile; change anything after.</source>
        <translation>En skabelon udfylder en typisk profil; du kan ændre alt bagefter.</translation>
    </message>
    <message>
        <source>Breadth demand</source>
        <translation>Breddekrav</translation>
    </message>
    <message>
        <source>How many layers of the stack the role works across: 0 one layer, 10 all of them.</source>
        <translation>Hvor mange lag i stakken rollen arbejder på tværs af: 0 ét lag, 10 dem alle.</translation>
    </message>
    <message>
        <source>Domain demands</source>
        <translation>Domænekrav</translation>
    </message>
    <message>
        <source>&amp;Add Demand</source>
        <translation>Tilføj &amp;krav</translation>
    </message>
    <message>
        <source>&amp;Remove Demand</source>
        <translation>&amp;Fjern krav</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Skabelon:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Breadth demand:</source>
        <translation>B&amp;reddekrav:</translation>
    </message>
    <message>
        <source>Domains that &amp;need specialist depth:</source>
        <translation>&amp;Domæner, der kræver specialistdybde:</translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Mål: bredde %1, dybde %2 — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Give the role a title.</source>
        <translation>Giv rollen en titel.</translation>
    </message>
    <message>
        <source>Could not save the role.</source>
        <translation>Rollen kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SaveStateBanner</name>
    <message>
        <source>Save problem</source>
        <translation>Problem med at gemme</translation>
    </message>
    <message>
        <source>Not in the database yet. %1 Your notes are kept in %2 and are written as soon as the database takes them; Hindsight keeps trying.</source>
        <translation>Endnu ikke i databasen. %1 Dine noter gemmes i %2 og skrives, så snart databasen tager imod dem; Hindsight bliver ved med at prøve.</translation>
    </message>
    <message>
        <source>Not saved: your latest notes are only in this window. %1 Hindsight keeps trying; keep the window open, or save the notes to a file (Interview → Save Notes As…).</source>
        <translation>Ikke gemt: dine seneste noter findes kun i dette vindue. %1 Hindsight bliver ved med at prøve; hold vinduet åbent, eller gem noterne i en fil (Interview → Gem noter som…).</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Ikke gemt. %1</translation>
    </message>
    <message>
        <source>Offline, kept on this laptop. %1 Your notes are kept in %2 and are sent to the team server, in order, as soon as it is back; Hindsight keeps trying.</source>
        <translation>Offline, gemt på denne computer. %1 Dine noter gemmes i %2 og sendes til teamserveren, i rækkefølge, så snart den er tilbage; Hindsight bliver ved med at prøve.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ShortcutModel</name>
    <message>
        <source>No shortcut</source>
        <translation>Ingen genvej</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Handlinger og deres genveje</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::Sidebar</name>
    <message>
        <source>Filter candidates… (%1)</source>
        <translation>Filtrér kandidater… (%1)</translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation>Filtrér kandidater</translation>
    </message>
    <message>
        <source>Shows only candidates whose name or e-mail contains the text, and every candidate of a role whose title contains it. Press Down to move to the list.</source>
        <translation>Viser kun kandidater, hvis navn eller e-mail indeholder teksten, samt alle kandidater til en rolle, hvis titel indeholder den. Tryk på Pil ned for at gå til listen.</translation>
    </message>
    <message>
        <source>Roles and candidates</source>
        <translation>Roller og kandidater</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Intet matcher „%1“.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::StageGuide</name>
    <message>
        <source>Tell me about a backend system you built and owned. How big did it get, and which part of it was yours?</source>
        <translation>Fortæl om et backendsystem, du har bygget og haft ansvaret for. Hvor stort blev det, og hvilken del af det var din?</translation>
    </message>
    <message>
        <source>If you started that system over tomorrow, which one decision would you reverse?</source>
        <translation>Hvis du startede forfra med systemet i morgen, hvilken enkelt beslutning ville du så omgøre?</translation>
    </message>
    <message>
        <source>How did you find out it was the wrong call, and what did it cost you?</source>
        <translation>Hvordan fandt du ud af, at det var den forkerte beslutning, og hvad kostede det dig?</translation>
    </message>
    <message>
        <source>What would you do instead now — and what would that choice cost?</source>
        <translation>Hvad ville du gøre i stedet nu — og hvad ville det valg koste?</translation>
    </message>
    <message>
        <source>Go one level deeper: how did it actually behave, and who noticed first?</source>
        <translation>Gå et niveau dybere: hvordan opførte det sig faktisk, og hvem opdagede det først?</translation>
    </message>
    <message>
        <source>Who felt the consequences of that decision, and what would you cut to avoid it?</source>
        <translation>Hvem mærkede konsekvenserne af den beslutning, og hvad ville du skære fra for at undgå den?</translation>
    </message>
    <message>
        <source>Walk me through what happens inside when it goes wrong: under load, on failure, at the edges.</source>
        <translation>Fortæl, hvad der sker indeni, når det går galt: under belastning, ved fejl, i grænsetilfældene.</translation>
    </message>
    <message>
        <source>Is there another decision you would reverse — ideally in a different part of the stack?</source>
        <translation>Er der en anden beslutning, du ville omgøre — helst i en anden del af stakken?</translation>
    </message>
    <message>
        <source>Thank the candidate, leave time for their questions, then check each regret&apos;s tags and depth before you submit.</source>
        <translation>Tak kandidaten, giv tid til vedkommendes spørgsmål, og kontrollér derefter hver fortrydelses markeringer og dybde, før du indsender.</translation>
    </message>
    <message>
        <source>What load did it carry — requests, data, users?</source>
        <translation>Hvilken belastning håndterede det — forespørgsler, data, brugere?</translation>
    </message>
    <message>
        <source>Which parts did you design, and which did you inherit?</source>
        <translation>Hvilke dele designede du, og hvilke overtog du?</translation>
    </message>
    <message>
        <source>How many people worked on it, and who owned what?</source>
        <translation>Hvor mange arbejdede på det, og hvem havde ansvaret for hvad?</translation>
    </message>
    <message>
        <source>What did you know when you made that decision?</source>
        <translation>Hvad vidste du, da du traf den beslutning?</translation>
    </message>
    <message>
        <source>What else was on the table at the time?</source>
        <translation>Hvilke andre muligheder var på bordet dengang?</translation>
    </message>
    <message>
        <source>What was the first sign something was off?</source>
        <translation>Hvad var det første tegn på, at noget var galt?</translation>
    </message>
    <message>
        <source>What did it cost: time, money, incidents, people?</source>
        <translation>Hvad kostede det: tid, penge, hændelser, mennesker?</translation>
    </message>
    <message>
        <source>What exactly would you build instead?</source>
        <translation>Hvad præcis ville du bygge i stedet?</translation>
    </message>
    <message>
        <source>What does the new choice cost, and who pays for it?</source>
        <translation>Hvad koster det nye valg, og hvem betaler for det?</translation>
    </message>
    <message>
        <source>Who felt it: users, support, other teams?</source>
        <translation>Hvem mærkede det: brugere, support, andre teams?</translation>
    </message>
    <message>
        <source>What would you cut or leave out next time?</source>
        <translation>Hvad ville du skære fra eller udelade næste gang?</translation>
    </message>
    <message>
        <source>What is the simplest version that would have done the job?</source>
        <translation>Hvad er den enkleste version, der ville have gjort arbejdet?</translation>
    </message>
    <message>
        <source>How does it fail: races, lost or repeated work, partial writes?</source>
        <translation>Hvordan fejler det: race conditions, tabt eller gentaget arbejde, delvise skrivninger?</translation>
    </message>
    <message>
        <source>What happens at ten times the load? Where does it break first?</source>
        <translation>Hvad sker der ved ti gange belastningen? Hvor bryder det først sammen?</translation>
    </message>
    <message>
        <source>Which guarantee would you protect now, and how would you prove it holds?</source>
        <translation>Hvilken garanti ville du beskytte nu, og hvordan ville du bevise, at den holder?</translation>
    </message>
    <message>
        <source>How did it work underneath?</source>
        <translation>Hvordan fungerede det nedenunder?</translation>
    </message>
    <message>
        <source>Asked for a decision in another part of the stack</source>
        <translation>Bad om en beslutning i en anden del af stakken</translation>
    </message>
    <message>
        <source>Asked for a smaller decision if nothing big came up</source>
        <translation>Bad om en mindre beslutning, hvis der ikke kom noget stort frem</translation>
    </message>
    <message>
        <source>Gave the candidate time for their questions</source>
        <translation>Gav kandidaten tid til vedkommendes spørgsmål</translation>
    </message>
    <message>
        <source>Told them what happens next</source>
        <translation>Fortalte vedkommende, hvad der sker herefter</translation>
    </message>
    <message>
        <source>Tag the level as soon as you can tell: Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed. F1 explains the difference.</source>
        <translation>Markér niveauet, så snart du kan afgøre det: Ctrl+1 produktniveau, Ctrl+2 domænespecifik, Ctrl+3 blandet. F1 forklarer forskellen.</translation>
    </message>
    <message>
        <source>Rate the depth with Alt+0 … Alt+4 once you have heard enough.</source>
        <translation>Vurder dybden med Alt+0 … Alt+4, når du har hørt nok.</translation>
    </message>
    <message>
        <source>Tag the level first (Ctrl+1 / Ctrl+2 / Ctrl+3) so the probes fit the answer.</source>
        <translation>Markér niveauet først (Ctrl+1 / Ctrl+2 / Ctrl+3), så opfølgningerne passer til svaret.</translation>
    </message>
    <message>
        <source>If they name another one, press Ctrl+R to start a new regret at the decision stage; otherwise move on to the wrap-up with Ctrl+Right.</source>
        <translation>Hvis de nævner en til, så tryk på Ctrl+R for at starte en ny fortrydelse i beslutningsfasen; ellers gå videre til afrundingen med Ctrl+Right.</translation>
    </message>
    <message>
        <source>Ctrl+Return shows what will be sealed: Enter then submits it, or goes to what is still missing.</source>
        <translation>Ctrl+Return viser, hvad der bliver forseglet: Enter indsender det derefter eller går til det, der stadig mangler.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::StageStep</name>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation>Fase %1 af %2: %3</translation>
    </message>
    <message>
        <source>Ctrl+Right for the next stage, Ctrl+Left for the previous</source>
        <translation>Ctrl+Right til næste fase, Ctrl+Left til forrige</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Ikke nået endnu</translation>
    </message>
    <message>
        <source>%1: %2 spent so far — %3</source>
        <translation>%1: %2 brugt indtil nu — %3</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 brugt</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::StageStepper</name>
    <message>
        <source>Stages of the question</source>
        <translation>Spørgsmålets faser</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitProblems</name>
    <message>
        <source>No regret is recorded yet.</source>
        <translation>Der er endnu ikke registreret nogen fortrydelse.</translation>
    </message>
    <message>
        <source>Regret %1 has no level: Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed, Ctrl+0 unclear.</source>
        <translation>Fortrydelse %1 har intet niveau: Ctrl+1 produktniveau, Ctrl+2 domænespecifik, Ctrl+3 blandet, Ctrl+0 uklar.</translation>
    </message>
    <message>
        <source>Regret %1 needs a domain: press Ctrl+D and type its name.</source>
        <translation>Fortrydelse %1 kræver et domæne: tryk på Ctrl+D, og skriv navnet.</translation>
    </message>
    <message>
        <source>Regret %1 has a domain Hindsight does not know: choose another with Ctrl+D.</source>
        <translation>Fortrydelse %1 har et domæne, som Hindsight ikke kender: vælg et andet med Ctrl+D.</translation>
    </message>
    <message>
        <source>Regret %1 has no depth rating: Alt+0 … Alt+4.</source>
        <translation>Fortrydelse %1 har ingen dybdevurdering: Alt+0 … Alt+4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted yet.&lt;/b&gt; Still missing:</source>
        <translation>&lt;b&gt;Endnu ikke indsendt.&lt;/b&gt; Mangler stadig:</translation>
    </message>
    <message>
        <source>&amp;Go to the Notes</source>
        <translation>&amp;Gå til noterne</translation>
    </message>
    <message>
        <source>&amp;Go to the Level of Regret %1</source>
        <translation>&amp;Gå til niveauet for fortrydelse %1</translation>
    </message>
    <message>
        <source>&amp;Go to the Domain of Regret %1</source>
        <translation>&amp;Gå til domænet for fortrydelse %1</translation>
    </message>
    <message>
        <source>&amp;Go to the Depth of Regret %1</source>
        <translation>&amp;Gå til dybden for fortrydelse %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitReviewDialog</name>
    <message>
        <source>Review the Amendment — %1</source>
        <translation>Gennemse rettelsen — %1</translation>
    </message>
    <message>
        <source>Review before Submitting — %1</source>
        <translation>Gennemse før indsendelse — %1</translation>
    </message>
    <message>
        <source>This is what version %1 will seal. Enter submits it; Esc goes back to the interview.</source>
        <translation>Dette er, hvad version %1 forsegler. Enter indsender den; Esc går tilbage til interviewet.</translation>
    </message>
    <message>
        <source>This is what will be sealed. Enter submits the interview; Esc goes back to it.</source>
        <translation>Dette er, hvad der bliver forseglet. Enter indsender interviewet; Esc går tilbage til det.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing: the interview cannot be submitted yet. Enter goes to the first one; Esc goes back to the interview.</source>
        <translation>
            <numerusform>%n punkt mangler stadig: interviewet kan ikke indsendes endnu. Enter går til det; Esc går tilbage til interviewet.</numerusform>
            <numerusform>%n punkter mangler stadig: interviewet kan ikke indsendes endnu. Enter går til det første; Esc går tilbage til interviewet.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation>Det, der bliver indsendt</translation>
    </message>
    <message>
        <source>&amp;Submit Amendment</source>
        <translation>&amp;Indsend rettelse</translation>
    </message>
    <message>
        <source>&amp;Submit Interview</source>
        <translation>&amp;Indsend interview</translation>
    </message>
    <message>
        <source>Fill in what is missing first.</source>
        <translation>Udfyld først det, der mangler.</translation>
    </message>
    <message>
        <source>&amp;Back to the Interview</source>
        <translation>&amp;Tilbage til interviewet</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitReviewHtml</name>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>Amendment: version %1 replaces version %2.</source>
        <translation>Rettelse: version %1 erstatter version %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begrundelse: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation>
            <numerusform>%n fortrydelse</numerusform>
            <numerusform>%n fortrydelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Fortrydelse</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lag</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 had %n regret(s).</source>
        <translation>
            <numerusform>Version %1 havde %n fortrydelse.</numerusform>
            <numerusform>Version %1 havde %n fortrydelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Submitting seals version %1: it replaces version %2 in the candidate&apos;s figures. Version %2 is kept as it was, readable, with your reason beside it.</source>
        <translation>Indsendelse forsegler version %1: den erstatter version %2 i kandidatens tal. Version %2 bevares, som den var, og kan læses med din begrundelse ved siden af.</translation>
    </message>
    <message>
        <source>Submitting seals the interview: it counts for the candidate&apos;s figures from then on, and only an amendment with a written reason can change it (the sealed version is kept).</source>
        <translation>Indsendelse forsegler interviewet: derefter tæller det med i kandidatens tal, og kun en rettelse med en skriftlig begrundelse kan ændre det (den forseglede version bevares).</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>Intet mangler</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Mangler stadig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>var: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>(no decision written down)</source>
        <translation>(ingen beslutning skrevet ned)</translation>
    </message>
    <message>
        <source>new in this version</source>
        <translation>ny i denne version</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>ikke nødvendigt</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citat</numerusform>
            <numerusform>%n citater</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) ticked</source>
        <translation>
            <numerusform>%n opfølgning afkrydset</numerusform>
            <numerusform>%n opfølgninger afkrydset</numerusform>
        </translation>
    </message>
    <message>
        <source>The line still in the note editor becomes the last note: “%1”</source>
        <translation>Linjen, der stadig står i noteeditoren, bliver den sidste note: „%1“</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TaxonomyEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;ilføj</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Add your own stack layers (breadth) and specialist domains (depth). Built-in entries are fixed. An entry that a regret or a role already uses can be renamed but not deleted.</source>
        <translation>Tilføj dine egne lag i stakken (bredde) og specialistdomæner (dybde). Indbyggede poster kan ikke ændres. En post, som en fortrydelse eller en rolle allerede bruger, kan omdøbes, men ikke slettes.</translation>
    </message>
    <message>
        <source>Layers and domains you added</source>
        <translation>Lag og domæner, du har tilføjet</translation>
    </message>
    <message>
        <source>Layer (breadth)</source>
        <translation>Lag (bredde)</translation>
    </message>
    <message>
        <source>Domain (depth)</source>
        <translation>Domæne (dybde)</translation>
    </message>
    <message>
        <source>e.g. search-index</source>
        <translation>fx search-index</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens, starting with a letter, 2 to 40 characters. An id never changes once added.</source>
        <translation>Små bogstaver, cifre og bindestreger, begyndende med et bogstav, 2 til 40 tegn. Et id ændres aldrig, når det først er tilføjet.</translation>
    </message>
    <message>
        <source>e.g. Search indexes</source>
        <translation>fx Søgeindekser</translation>
    </message>
    <message>
        <source>Give the selected entry the label typed above</source>
        <translation>Giv den valgte post det visningsnavn, der er skrevet ovenfor</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>I&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Visningsnavn:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use 2 to 40 lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>„%1“ er ikke et gyldigt id: brug 2 til 40 små bogstaver, cifre og bindestreger, begyndende med et bogstav.</translation>
    </message>
    <message>
        <source>Give the new entry a label.</source>
        <translation>Giv den nye post et visningsnavn.</translation>
    </message>
    <message>
        <source>There is already an entry with the id “%1”.</source>
        <translation>Der findes allerede en post med id&apos;et „%1“.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Tilføjede „%1“.</translation>
    </message>
    <message>
        <source>Type the new label first.</source>
        <translation>Skriv først det nye visningsnavn.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Omdøbt til „%1“.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: regrets are tagged with this layer. You can still rename it.</source>
        <translation>„%1“ kan ikke slettes: der er fortrydelser, som er markeret med dette lag. Du kan stadig omdøbe det.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: a regret or a role&apos;s demands use this domain. You can still rename it.</source>
        <translation>„%1“ kan ikke slettes: en fortrydelse eller en rolles krav bruger dette domæne. Du kan stadig omdøbe det.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Slettede „%1“.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TaxonomyText</name>
    <message>
        <source>Databases</source>
        <translation>Databaser</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API&apos;er</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Caching</translation>
    </message>
    <message>
        <source>Queues and background jobs</source>
        <translation>Køer og baggrundsjob</translation>
    </message>
    <message>
        <source>Authentication and access control</source>
        <translation>Godkendelse og adgangskontrol</translation>
    </message>
    <message>
        <source>Deployment and infrastructure</source>
        <translation>Udrulning og infrastruktur</translation>
    </message>
    <message>
        <source>Third-party integrations</source>
        <translation>Tredjepartsintegrationer</translation>
    </message>
    <message>
        <source>Monitoring and debugging</source>
        <translation>Overvågning og fejlfinding</translation>
    </message>
    <message>
        <source>Event streaming</source>
        <translation>Eventstreaming</translation>
    </message>
    <message>
        <source>Database internals</source>
        <translation>Databasers interne opbygning</translation>
    </message>
    <message>
        <source>Distributed systems</source>
        <translation>Distribuerede systemer</translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation>Kryptografi</translation>
    </message>
    <message>
        <source>Compilers and runtimes</source>
        <translation>Compilere og kørselsmiljøer</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Latency and throughput</source>
        <translation>Latenstid og gennemløb</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Distributed caching</source>
        <translation>Distribueret caching</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TeamConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>&amp;Husk adgangskoden i skrivebordets nøglering</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>Forbind til teamserver</translation>
    </message>
    <message>
        <source>A team server is the hiring team&apos;s PostgreSQL database, set up with hindsight team init. Your drafts stay yours there: the server shows them to no one else.</source>
        <translation>En teamserver er ansættelsesteamets PostgreSQL-database, sat op med hindsight team init. Dine kladder forbliver dine der: serveren viser dem ikke til andre.</translation>
    </message>
    <message>
        <source>postgresql://db.example.org/hiring</source>
        <translation>postgresql://db.example.org/hiring</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI; recent servers are in the list</source>
        <translation>En PostgreSQL-forbindelses-URI; seneste servere står på listen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>as in the URI, if it names one</source>
        <translation>som i URI&apos;en, hvis den nævner et</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>from ~/.pgpass or the keyring, if empty</source>
        <translation>fra ~/.pgpass eller nøgleringen, hvis tom</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TeamModel</name>
    <message>
        <source>Team member %1</source>
        <translation>Teammedlem %1</translation>
    </message>
    <message>
        <source>Could not add the team member.</source>
        <translation>Teammedlemmet kunne ikke tilføjes.</translation>
    </message>
    <message>
        <source>Could not remove the team member.</source>
        <translation>Teammedlemmet kunne ikke fjernes.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit; breadth and depth run from 0 to 10.</source>
        <translation>Dobbeltklik, eller tryk på F2 for at redigere; bredde og dybde går fra 0 til 10.</translation>
    </message>
    <message>
        <source>Could not save the team member.</source>
        <translation>Teammedlemmet kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::Terms</name>
    <message>
        <source>Product-level</source>
        <translation>Produktniveau</translation>
    </message>
    <message>
        <source>Domain-specific</source>
        <translation>Domænespecifik</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Blandet</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Uklar</translation>
    </message>
    <message>
        <source>Generalist</source>
        <translation>Generalist</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>T-shaped</source>
        <translation>T-formet</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Under udvikling</translation>
    </message>
    <message>
        <source>Under-depth</source>
        <translation>For lidt dybde</translation>
    </message>
    <message>
        <source>Under-breadth</source>
        <translation>For lidt bredde</translation>
    </message>
    <message>
        <source>Over-specialization</source>
        <translation>Overspecialisering</translation>
    </message>
    <message>
        <source>Good match</source>
        <translation>God match</translation>
    </message>
    <message>
        <source>No gap between the evidence and the role is large enough to be a risk.</source>
        <translation>Ingen afvigelse mellem belægget og rollen er stor nok til at udgøre en risiko.</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Gå videre</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Ansæt</translation>
    </message>
    <message>
        <source>No hire</source>
        <translation>Ansæt ikke</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Afvent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Opdagelse</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>I stedet</translation>
    </message>
    <message>
        <source>Depth probe</source>
        <translation>Dybdesondering</translation>
    </message>
    <message>
        <source>Another decision</source>
        <translation>En anden beslutning</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Afrunding</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Ingen beslutning</translation>
    </message>
    <message>
        <source>Named only</source>
        <translation>Kun nævnt</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Afvejning</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mekanisme</translation>
    </message>
    <message>
        <source>Quantified</source>
        <translation>Kvantificeret</translation>
    </message>
    <message>
        <source>Did not name a decision of substance.</source>
        <translation>Nævnte ingen beslutning af betydning.</translation>
    </message>
    <message>
        <source>Says what they would change, but not why.</source>
        <translation>Siger, hvad de ville ændre, men ikke hvorfor.</translation>
    </message>
    <message>
        <source>Explains the trade-off and what it cost.</source>
        <translation>Forklarer afvejningen, og hvad den kostede.</translation>
    </message>
    <message>
        <source>Explains how it works and the failure modes that are easy to miss: races, durability against throughput, behaviour under load.</source>
        <translation>Forklarer, hvordan det virker, og de fejltilstande, der er lette at overse: race conditions, holdbarhed kontra gennemløb, adfærd under belastning.</translation>
    </message>
    <message>
        <source>Puts numbers on the impact, weighs the alternatives with evidence and names the invariant they would protect now.</source>
        <translation>Sætter tal på konsekvenserne, vejer alternativerne med belæg og nævner den invariant, de nu ville beskytte.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The role needs more specialist depth than the interviews showed: a generalist would own a system whose failure modes are specialist territory.</source>
        <translation>Rollen kræver mere specialistdybde, end interviewene viste: en generalist ville få ansvaret for et system, hvis fejltilstande hører til specialistens område.</translation>
    </message>
    <message>
        <source>The role needs more depth in %1 than the interviews showed: a generalist would own a system whose failure modes are specialist territory.</source>
        <translation>Rollen kræver mere dybde i %1, end interviewene viste: en generalist ville få ansvaret for et system, hvis fejltilstande hører til specialistens område.</translation>
    </message>
    <message>
        <source>The role spans more of the stack than the interviews covered: expect a hand-off whenever work crosses a domain boundary.</source>
        <translation>Rollen spænder over mere af stakken, end interviewene dækkede: forvent en overdragelse, hver gang arbejdet krydser en domænegrænse.</translation>
    </message>
    <message>
        <source>Far more depth than this generalist role needs: a specialist may build infrastructure a simple product does not need.</source>
        <translation>Langt mere dybde, end denne generalistrolle kræver: en specialist bygger måske infrastruktur, som et simpelt produkt ikke har brug for.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>an interviewer&apos;s name and e-mail</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TimeBudgetDialog</name>
    <message>
        <source>Time Budget</source>
        <translation>Tidsbudget</translation>
    </message>
    <message>
        <source>How long an interview should take. Once an interview runs longer, its clock turns amber and says the budget is passed; nothing else changes.</source>
        <translation>Hvor lang tid et interview bør tage. Varer et interview længere, bliver uret ravgult og siger, at tidsbudgettet er overskredet; intet andet ændres.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Time budget in minutes</source>
        <translation>Tidsbudget i minutter</translation>
    </message>
    <message>
        <source>&amp;Time budget:</source>
        <translation>&amp;Tidsbudget:</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::UnsavedNotesGuard</name>
    <message>
        <source>Some notes are not in the database yet.</source>
        <translation>Nogle noter er endnu ikke i databasen.</translation>
    </message>
    <message>
        <source>They are kept in %1 and are written the next time you open this interview or start Hindsight on this database. You may also save a copy to a file.</source>
        <translation>De gemmes i %1 og skrives, næste gang du åbner dette interview eller starter Hindsight med denne database. Du kan også gemme en kopi i en fil.</translation>
    </message>
    <message>
        <source>Close Interview</source>
        <translation>Luk interview</translation>
    </message>
    <message>
        <source>&amp;Close, Keep Them in the Journal</source>
        <translation>&amp;Luk, og behold dem i journalen</translation>
    </message>
    <message>
        <source>&amp;Save a Copy As…</source>
        <translation>&amp;Gem en kopi som…</translation>
    </message>
    <message>
        <source>Keep the Window &amp;Open</source>
        <translation>Hold vinduet &amp;åbent</translation>
    </message>
    <message>
        <source>Some notes are not saved anywhere but in this window.</source>
        <translation>Nogle noter er ikke gemt andre steder end i dette vindue.</translation>
    </message>
    <message>
        <source>Closing now would lose them. Save them to a file, or keep the window open while Hindsight keeps trying.</source>
        <translation>Lukker du nu, går de tabt. Gem dem i en fil, eller hold vinduet åbent, mens Hindsight bliver ved med at prøve.</translation>
    </message>
    <message>
        <source>&amp;Save the Notes As…</source>
        <translation>&amp;Gem noterne som…</translation>
    </message>
    <message>
        <source>Interview notes %1 %2.txt</source>
        <translation>Interviewnoter %1 %2.txt</translation>
    </message>
    <message>
        <source>Save Notes As</source>
        <translation>Gem noter som</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::VersionText</name>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>amended %1: %2</source>
        <translation>rettet %1: %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 — replaced by an amendment on %3</source>
        <translation>Version %1 af %2 — erstattet af en rettelse %3</translation>
    </message>
    <message>
        <source>Amendment in progress (version %1): %2</source>
        <translation>Rettelse i gang (version %1): %2</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::WhoSaidWhatDialog</name>
    <message>
        <source>Who Said What — %1</source>
        <translation>Hvem sagde hvad — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n submitted interview(s), side by side.</source>
        <translation>
            <numerusform>%1: %n indsendt interview, side om side.</numerusform>
            <numerusform>%1: %n indsendte interviews, side om side.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interviewers disagree; the rows marked ≠ show where.</source>
        <translation>Interviewerne er uenige; rækkerne markeret med ≠ viser hvor.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not shown: a draft is its interviewer&apos;s alone until submitted.</source>
        <translation>
            <numerusform>%n kladde vises ikke: en kladde tilhører kun sin interviewer, indtil den er indsendt.</numerusform>
            <numerusform>%n kladder vises ikke: en kladde tilhører kun sin interviewer, indtil den er indsendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews side by side</source>
        <translation>Interviews side om side</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::WhoSaidWhatModel</name>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source> · depth %1 (%2)</source>
        <translation> · dybde %1 (%2)</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Lag: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 product · %2 domain · %3 mixed · %4 unclear</source>
        <translation>%1 produkt · %2 domæne · %3 blandet · %4 uklar</translation>
    </message>
    <message>
        <source>None at depth 2 or more</source>
        <translation>Ingen med dybde 2 eller mere</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>Ingen afkrydset</translation>
    </message>
    <message>
        <source>The interviews disagree here by the committee&apos;s rule.</source>
        <translation>Interviewene er uenige her ifølge udvalgets regel.</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Interviewet</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveauer</translation>
    </message>
    <message>
        <source>Layers reached</source>
        <translation>Nåede lag</translation>
    </message>
    <message>
        <source>Domain depths</source>
        <translation>Dybde pr. domæne</translation>
    </message>
    <message>
        <source>Probes asked</source>
        <translation>Stillede opfølgninger</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Fortrydelse %1</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1 (rettet)</translation>
    </message>
    <message>
        <source>%1, version %2, %3</source>
        <translation>%1, version %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not tied to a regret</source>
        <translation>Ikke knyttet til en fortrydelse</translation>
    </message>
    <message>
        <source>%1: none ticked</source>
        <translation>%1: ingen afkrydset</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Recorded as %1.</source>
        <translation>Registreret som %1.</translation>
    </message>
</context>
</TS>
