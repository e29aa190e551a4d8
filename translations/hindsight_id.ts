<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Application</name>
    <message>
        <source>Try: hindsight --help</source>
        <translation>Coba: hindsight --help</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>No automatic backup was made: %1</source>
        <translation>Tidak ada cadangan otomatis yang dibuat: %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>it is a folder</source>
        <translation>itu adalah folder</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Cadangan %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>%1 already exists; restore replaces it only with --force, and then keeps it aside.</source>
        <translation>%1 sudah ada; restore hanya menggantinya dengan --force, lalu menyimpannya di samping.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 dipulihkan dari %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Basis data yang digantikan disimpan sebagai %1.</translation>
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
        <translation>Cadangan terbaru yang lolos pemeriksaan integritasnya adalah
%2
dibuat pada %1.

Buka cadangan itu sebagai gantinya? Apa pun yang disimpan setelah waktu itu tidak ada di dalamnya. Berkas yang rusak tidak dihapus: berkas itu disimpan sebagai
%3</translation>
    </message>
    <message>
        <source>&amp;Open the newest backup</source>
        <translation>&amp;Buka cadangan terbaru</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>The backup could not be opened, and nothing was changed: %1</source>
        <translation>Cadangan tidak dapat dibuka, dan tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <source>Opened the backup made on %1. The damaged file is kept as %2.</source>
        <translation>Cadangan yang dibuat pada %1 dibuka. Berkas yang rusak disimpan sebagai %2.</translation>
    </message>
</context>
<context>
    <name>CalibrationFormatter</name>
    <message>
        <source>First</source>
        <translation>Pertama</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Kedua</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Bersama</translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation>Profil sama</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation>Keluasan, pertama − kedua</translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation>Kedalaman, pertama − kedua</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>tidak terdefinisi</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n interviewer pair(s) with at least %2 candidates in common</source>
        <translation>
            <numerusform>%1 — %n pasangan pewawancara dengan sedikitnya %2 kandidat yang sama</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateDeleter</name>
    <message>
        <source>Delete Candidate</source>
        <translation>Hapus Kandidat</translation>
    </message>
    <message>
        <source>The candidate could not be read.</source>
        <translation>Kandidat tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Everything held about them goes with them: %1.</source>
        <translation>Semua yang disimpan tentang mereka ikut terhapus: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) holding them will be rewritten without them.</source>
        <translation>
            <numerusform>%n cadangan yang memuat mereka akan ditulis ulang tanpa mereka.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Delete the candidate %1?</source>
        <translation>Hapus kandidat %1?</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation>&amp;Hapus Kandidat</translation>
    </message>
    <message>
        <source>%1 could not be deleted; nothing was.</source>
        <translation>%1 tidak dapat dihapus; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>Their text is still in %1 because another program is reading the database; it goes when the last program using the database closes it.</source>
        <translation>Teks mereka masih ada di %1 karena program lain sedang membaca basis data; teks itu hilang saat program terakhir yang memakai basis data menutupnya.</translation>
    </message>
    <message>
        <source>Deleted, With a Problem</source>
        <translation>Terhapus, dengan Masalah</translation>
    </message>
    <message>
        <source>%1 was deleted from the database.</source>
        <translation>%1 telah dihapus dari basis data.</translation>
    </message>
    <message>
        <source>Deleted the candidate %1.</source>
        <translation>Kandidat %1 dihapus.</translation>
    </message>
    <message numerus="yes">
        <source>Everything the team server holds about them goes with them: %n submitted interview(s), </source>
        <translation>
            <numerusform>Semua yang disimpan server tim tentang mereka ikut terhapus: %n wawancara yang sudah dikirim, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), their notes and placement overrides. This cannot be undone.</source>
        <translation>
            <numerusform>%n keputusan, catatan, dan penggantian penempatan mereka. Ini tidak dapat dibatalkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone is still interviewing them: the draft must be submitted or discarded first.</source>
        <translation>Seseorang masih mewawancarai mereka: draf harus dikirim atau dibuang terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>This command needs the application window.</source>
        <translation>Perintah ini memerlukan jendela aplikasi.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 ditulis.</translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation>%1 (tidak ada yang diimpor)</translation>
    </message>
    <message>
        <source>Nothing to import: everything in %1 is already here.</source>
        <translation>Tidak ada yang diimpor: semua isi %1 sudah ada di sini.</translation>
    </message>
    <message>
        <source>Importing %1 would do this (a dry run: nothing was written):</source>
        <translation>Mengimpor %1 akan melakukan ini (uji coba: tidak ada yang ditulis):</translation>
    </message>
    <message>
        <source>Imported %1:</source>
        <translation>Mengimpor %1:</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2.</source>
        <translation>Semua data tentang %1 ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>Gunakan basis data di &lt;jalur&gt; alih-alih basis data bawaan.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>jalur</translation>
    </message>
    <message>
        <source>Open a fresh demo database filled with example roles and candidates.</source>
        <translation>Buka basis data demo baru yang berisi contoh peran dan kandidat.</translation>
    </message>
    <message>
        <source>The role &lt;R&gt;: its id or exact title.</source>
        <translation>Peran &lt;R&gt;: id atau judul persisnya.</translation>
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
        <translation>[perintah]</translation>
    </message>
    <message>
        <source>The JSON file for import and export.</source>
        <translation>Berkas JSON untuk perintah import dan export.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[berkas]</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Format &quot;%1&quot; tidak dikenal: gunakan table, json, atau csv.</translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation>--demo membuka jendela; opsi ini tidak dapat digabungkan dengan perintah.</translation>
    </message>
    <message>
        <source>%1 needs a file name, as in: hindsight %1 FILE.json</source>
        <translation>%1 memerlukan nama berkas, misalnya: hindsight %1 FILE.json</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumen tak terduga &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>scores needs a role, as in: hindsight scores --role &quot;Payment backend&quot;</source>
        <translation>scores memerlukan peran, misalnya: hindsight scores --role &quot;Payment backend&quot;</translation>
    </message>
    <message>
        <source>import takes no --role: it adds every role in the file.</source>
        <translation>import tidak menerima --role: perintah ini menambahkan setiap peran dalam berkas.</translation>
    </message>
    <message>
        <source>Start, or reopen, your interview with candidate &lt;C&gt;: its id or exact name.</source>
        <translation>Mulai, atau buka kembali, wawancara Anda dengan kandidat &lt;C&gt;: id atau nama persisnya.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>--interview opens the window; it cannot be combined with a command.</source>
        <translation>--interview membuka jendela; opsi ini tidak dapat digabungkan dengan perintah.</translation>
    </message>
    <message>
        <source>The candidate &lt;C&gt; of a report: its id or exact name.</source>
        <translation>Kandidat &lt;C&gt; untuk laporan: id atau nama persisnya.</translation>
    </message>
    <message>
        <source>Write the report as PDF to &lt;file&gt;.</source>
        <translation>Tulis laporan sebagai PDF ke &lt;berkas&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Leave candidates&apos; names out of a committee pack: Candidate A, B, …</source>
        <translation>Hilangkan nama kandidat dari paket komite: Kandidat A, B, …</translation>
    </message>
    <message>
        <source>--%1 belongs to a command such as scores or report.</source>
        <translation>--%1 hanya berlaku untuk perintah seperti scores atau report.</translation>
    </message>
    <message>
        <source>--%1 belongs to the report command.</source>
        <translation>--%1 hanya berlaku untuk perintah report.</translation>
    </message>
    <message>
        <source>report needs --pdf and a file name, as in: %1</source>
        <translation>report memerlukan --pdf dan nama berkas, misalnya: %1</translation>
    </message>
    <message>
        <source>report needs either --role R (committee pack, interview kit) or --candidate C (candidate summary), as in: %1</source>
        <translation>report memerlukan --role R (paket komite, panduan wawancara) atau --candidate C (ringkasan kandidat), misalnya: %1</translation>
    </message>
    <message>
        <source>--blind applies to a role&apos;s committee pack only.</source>
        <translation>--blind hanya berlaku untuk paket komite suatu peran.</translation>
    </message>
    <message>
        <source>Write the role&apos;s printable interview kit instead of its committee pack.</source>
        <translation>Tulis panduan wawancara peran yang siap cetak, bukan paket komitenya.</translation>
    </message>
    <message>
        <source>--kit makes a role&apos;s interview kit: give the role with --role.</source>
        <translation>--kit membuat panduan wawancara sebuah peran: sebutkan perannya dengan --role.</translation>
    </message>
    <message>
        <source>The largest file import reads, in MB (default 64): a larger one is refused before it is read.</source>
        <translation>Berkas terbesar yang dibaca import, dalam MB (bawaan 64): yang lebih besar ditolak sebelum dibaca.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>--max-size belongs to the import command.</source>
        <translation>--max-size milik perintah import.</translation>
    </message>
    <message>
        <source>--max-size takes a number of megabytes from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--max-size menerima jumlah megabita dari 1 sampai %1, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>What delete and purge do with backups that hold an erased candidate: rewrite them without the candidate (default) or delete them.</source>
        <translation>Apa yang dilakukan delete dan purge pada cadangan yang memuat kandidat yang dihapus: tulis ulang tanpa kandidat itu (bawaan) atau hapus cadangan tersebut.</translation>
    </message>
    <message>
        <source>rewrite|delete</source>
        <translation>rewrite|delete</translation>
    </message>
    <message>
        <source>Erase without asking for confirmation.</source>
        <translation>Hapus tanpa meminta konfirmasi.</translation>
    </message>
    <message>
        <source>Purge candidates with no activity for &lt;N&gt; months (1 to %1).</source>
        <translation>Hapus kandidat yang tidak aktif selama &lt;N&gt; bulan (1 sampai %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 belongs to the delete and purge commands.</source>
        <translation>--%1 milik perintah delete dan purge.</translation>
    </message>
    <message>
        <source>--%1 belongs to the purge command.</source>
        <translation>--%1 milik perintah purge.</translation>
    </message>
    <message>
        <source>%1 takes no --%2.</source>
        <translation>%1 tidak menerima --%2.</translation>
    </message>
    <message>
        <source>delete needs a candidate, as in: hindsight delete --candidate &quot;Ana Lima&quot;</source>
        <translation>delete memerlukan kandidat, misalnya: hindsight delete --candidate &quot;Ana Lima&quot;</translation>
    </message>
    <message>
        <source>export-person needs a candidate, as in: hindsight export-person --candidate &quot;Ana Lima&quot; ana.json</source>
        <translation>export-person memerlukan kandidat, misalnya: hindsight export-person --candidate &quot;Ana Lima&quot; ana.json</translation>
    </message>
    <message>
        <source>purge takes no --candidate: to erase one candidate, use delete.</source>
        <translation>purge tidak menerima --candidate: untuk menghapus satu kandidat, gunakan delete.</translation>
    </message>
    <message>
        <source>Unknown --backups &quot;%1&quot;: use rewrite or delete.</source>
        <translation>--backups &quot;%1&quot; tidak dikenal: gunakan rewrite atau delete.</translation>
    </message>
    <message>
        <source>--inactive-months takes a number of months from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--inactive-months menerima jumlah bulan dari 1 sampai %1, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Write the backup to &lt;path&gt; (a file, or a folder to put it in) instead of the backups folder beside the database.</source>
        <translation>Tulis cadangan ke &lt;path&gt; (sebuah berkas, atau folder untuk menaruhnya) alih-alih folder cadangan di sebelah basis data.</translation>
    </message>
    <message>
        <source>Let restore replace an existing database (it is kept aside, renamed).</source>
        <translation>Izinkan restore menggantikan basis data yang ada (basis data itu disimpan di samping, dengan nama baru).</translation>
    </message>
    <message>
        <source>restore needs the BACKUP to put in the database&apos;s place, as in: hindsight restore backups/hindsight-20260301-090000.sqlite3</source>
        <translation>restore memerlukan BACKUP yang akan dipasang di tempat basis data, misalnya: hindsight restore backups/hindsight-20260301-090000.sqlite3</translation>
    </message>
    <message>
        <source>%1 takes no --role: it works on the whole database file.</source>
        <translation>%1 tidak menerima --role: perintah ini bekerja pada seluruh berkas basis data.</translation>
    </message>
    <message>
        <source>--to belongs to the backup command.</source>
        <translation>--to milik perintah backup.</translation>
    </message>
    <message>
        <source>--force belongs to the restore command.</source>
        <translation>--force milik perintah restore.</translation>
    </message>
    <message>
        <source>Output format of scores and calibration: table, json or csv.</source>
        <translation>Format keluaran scores dan calibration: table, json, atau csv.</translation>
    </message>
    <message>
        <source>calibration needs a role, as in: hindsight calibration --role &quot;Payment backend&quot;</source>
        <translation>calibration memerlukan peran, misalnya: hindsight calibration --role &quot;Payment backend&quot;</translation>
    </message>
    <message>
        <source>--format belongs to the scores and calibration commands.</source>
        <translation>--format hanya berlaku untuk perintah scores dan calibration.</translation>
    </message>
    <message>
        <source>Report what import would add, merge and skip, or what purge would erase, and write nothing.</source>
        <translation>Laporkan apa yang akan ditambahkan, digabung dan dilewati oleh import, atau dihapus oleh purge, tanpa menulis apa pun.</translation>
    </message>
    <message>
        <source>--dry-run belongs to the import and purge commands.</source>
        <translation>--dry-run milik perintah import dan purge.</translation>
    </message>
    <message>
        <source>Work on the team server at &lt;URL&gt; (a PostgreSQL URI) instead of a database file.</source>
        <translation>Bekerja di server tim pada &lt;URL&gt; (URI PostgreSQL) alih-alih berkas basis data.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The name of the interviewer team add-interviewer adds.</source>
        <translation>Nama pewawancara yang ditambahkan oleh team add-interviewer.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>The e-mail of the interviewer team add-interviewer adds.</source>
        <translation>E-mail pewawancara yang ditambahkan oleh team add-interviewer.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>import, export, scores, calibration, report, backup, restore, delete, purge, export-person or team (see above).</source>
        <translation>import, export, scores, calibration, report, backup, restore, delete, purge, export-person, atau team (lihat di atas).</translation>
    </message>
    <message>
        <source>Give either --database or --server, not both.</source>
        <translation>Berikan --database atau --server, jangan keduanya.</translation>
    </message>
    <message>
        <source>--demo opens a fresh demo database file; it cannot be combined with --server.</source>
        <translation>--demo membuka berkas basis data demo baru; tidak bisa digabung dengan --server.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use import, export, scores, calibration, report, backup, restore, delete, purge, export-person or team.</source>
        <translation>Perintah &quot;%1&quot; tidak dikenal: gunakan import, export, scores, calibration, report, backup, restore, delete, purge, export-person, atau team.</translation>
    </message>
    <message>
        <source>--%1 belongs to the command team add-interviewer.</source>
        <translation>--%1 milik perintah team add-interviewer.</translation>
    </message>
    <message>
        <source>team init takes no --name or --email: add interviewers with team add-interviewer.</source>
        <translation>team init tidak menerima --name atau --email: tambahkan pewawancara dengan team add-interviewer.</translation>
    </message>
    <message>
        <source>team add-interviewer needs the LOGIN to create, as in: %1</source>
        <translation>team add-interviewer memerlukan LOGIN yang akan dibuat, seperti: %1</translation>
    </message>
    <message>
        <source>team add-interviewer needs the interviewer&apos;s --name, as in: %1</source>
        <translation>team add-interviewer memerlukan --name pewawancara, seperti: %1</translation>
    </message>
    <message>
        <source>team needs init or add-interviewer, as in: %1</source>
        <translation>team memerlukan init atau add-interviewer, seperti: %1</translation>
    </message>
    <message>
        <source>Unknown team command &quot;%1&quot;: use init or add-interviewer.</source>
        <translation>Perintah team &quot;%1&quot; tidak dikenal: gunakan init atau add-interviewer.</translation>
    </message>
    <message>
        <source>team %1 needs the team server: --server URL, as in: %2</source>
        <translation>team %1 memerlukan server tim: --server URL, seperti: %2</translation>
    </message>
    <message>
        <source>team %1 takes no --%2.</source>
        <translation>team %1 tidak menerima --%2.</translation>
    </message>
    <message>
        <source>team %1 takes no --format.</source>
        <translation>team %1 tidak menerima --format.</translation>
    </message>
    <message>
        <source>%1 works on a database file, not on a team server: a team server is backed up and restored by its administrators, with PostgreSQL&apos;s own tools.</source>
        <translation>%1 bekerja pada berkas basis data, bukan pada server tim: server tim dicadangkan dan dipulihkan oleh administratornya, dengan alat PostgreSQL sendiri.</translation>
    </message>
    <message>
        <source>--backups is about a database file&apos;s backups; a team server&apos;s are its administrators&apos;.</source>
        <translation>--backups menyangkut cadangan berkas basis data; cadangan server tim adalah urusan administratornya.</translation>
    </message>
    <message>
        <source>The language of this run: en, da or id (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Bahasa untuk jalankan ini: en, da, atau id (bawaan: yang dipilih di Preferensi, jika tidak bahasa sistem).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal: gunakan %2.</translation>
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
        <translation>Hindsight membantu pewawancara merekrut engineer backend dengan profil yang tepat.

Perintah:
  (tanpa perintah)            buka jendela aplikasi
  --interview C               buka layar wawancara langsung untuk kandidat C
  import FILE.json [--dry-run]
                              gabungkan peran dan kandidat dari berkas pertukaran;
                              menampilkan yang ditambahkan, digabung dan dilewati
                              (--dry-run: yang akan terjadi, tanpa menulis apa pun)
  export FILE.json [--role R] tulis semuanya, atau satu peran, sebagai JSON pertukaran
  scores --role R [--format table|json|csv]
                              keluasan, kedalaman, arketipe, kecocokan, dan risiko per kandidat
  calibration --role R [--format table|json|csv]
                              seberapa sepakat setiap pasangan pewawancara peran ini
  report --role R --pdf OUT.pdf [--blind] [--paper a4|letter]
                              paket komite suatu peran sebagai PDF (--blind: tanpa nama)
  report --role R --kit --pdf OUT.pdf
                              panduan wawancara suatu peran yang siap dicetak
  report --candidate C --pdf OUT.pdf
                              ringkasan satu kandidat sebagai PDF
  backup [--to PATH]          salinan basis data yang sudah diperiksa, ke folder cadangan
                              di sebelahnya (7 terbaru disimpan) atau ke PATH
  restore BACKUP [--force]    pasang cadangan di tempat basis data; --force menggantikan
                              basis data yang ada, yang disimpan di samping
  delete --candidate C [--backups rewrite|delete] [--yes]
                              hapus kandidat C dan semua data tentangnya dari basis
                              data dan cadangannya (bertanya dulu kecuali --yes)
  purge [--inactive-months N] [--dry-run] [--backups rewrite|delete] [--yes]
                              hapus setiap kandidat tanpa aktivitas selama N bulan
                              (bawaan: pengaturan retensi)
  export-person --candidate C FILE.json
                              semua data tentang kandidat C, sebagai JSON
  team init --server URL      siapkan server tim: skema, peran, keamanan tingkat baris
  team add-interviewer LOGIN --name NAME [--email E] --server URL
                              buat login pewawancara (kata sandi dari masukan
                              standar) dan catat nama serta e-mailnya

R adalah id peran atau judul persisnya; C adalah id kandidat atau nama persisnya. Setiap perintah dan
jendela bekerja di server tim dengan --server URL (URI PostgreSQL seperti
postgresql://alice@db.example/hiring; kata sandi seperti yang ditemukan libpq: PGPASSWORD,
~/.pgpass, PGPASSFILE) alih-alih berkas basis data.</translation>
    </message>
    <message>
        <source>The paper of the report: a4 or letter (default: the one chosen in Preferences, else the system&apos;s region&apos;s).</source>
        <translation>Kertas laporan: a4 atau letter (bawaan: yang dipilih di Preferensi, jika tidak kertas wilayah sistem).</translation>
    </message>
    <message>
        <source>a4|letter</source>
        <translation>a4|letter</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;: use a4 or letter.</source>
        <translation>Kertas &quot;%1&quot; tidak dikenal: gunakan a4 atau letter.</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>this field is required but missing</source>
        <translation>kolom ini wajib ada tetapi tidak ditemukan</translation>
    </message>
    <message>
        <source>this is not a Hindsight interchange file</source>
        <translation>ini bukan berkas pertukaran Hindsight</translation>
    </message>
    <message>
        <source>expected the string &quot;hindsight&quot;, found %1; %2</source>
        <translation>diharapkan string &quot;hindsight&quot;, ditemukan %1; %2</translation>
    </message>
    <message>
        <source>expected &quot;hindsight&quot;, found &quot;%1&quot;; %2</source>
        <translation>diharapkan &quot;hindsight&quot;, ditemukan &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
        <translation>diharapkan angka %1, ditemukan %2</translation>
    </message>
    <message>
        <source>another role already has id &quot;%1&quot;</source>
        <translation>peran lain sudah memiliki id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown domain &quot;%1&quot;</source>
        <translation>domain &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>no role has id &quot;%1&quot;</source>
        <translation>tidak ada peran dengan id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected &quot;active&quot; or &quot;withdrawn&quot;</source>
        <translation>status &quot;%1&quot; tidak dikenal; seharusnya &quot;active&quot; atau &quot;withdrawn&quot;</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;; expected advance, hire, no-hire or hold</source>
        <translation>hasil &quot;%1&quot; tidak dikenal; seharusnya advance, hire, no-hire, atau hold</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Hindsight reads versions 1 to %2</source>
        <translation>versi %1 tidak didukung; Hindsight ini membaca versi 1 sampai %2</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 already exists; --demo only creates new databases. Choose another --database path or leave it out.</source>
        <translation>%1 sudah ada; --demo hanya membuat basis data baru. Pilih jalur --database lain atau hilangkan opsi tersebut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build of Hindsight.</source>
        <translation>Data demo tidak tersedia dalam build Hindsight ini.</translation>
    </message>
    <message>
        <source>Cannot write the demo database to %1.</source>
        <translation>Tidak dapat menulis basis data demo ke %1.</translation>
    </message>
    <message>
        <source>The demo data is invalid.</source>
        <translation>Data demo tidak valid.</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>The notes kept in %1 are not in the database yet.</source>
        <translation>Catatan yang disimpan di %1 belum masuk ke basis data.</translation>
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
        <translation>Tidak ada peran &quot;%1&quot;: basis data belum memiliki peran.</translation>
    </message>
    <message>
        <source>No role &quot;%1&quot;. Roles: %2.</source>
        <translation>Tidak ada peran &quot;%1&quot;. Peran yang ada: %2.</translation>
    </message>
    <message>
        <source>Several roles are called &quot;%1&quot;; name one by id: %2.</source>
        <translation>Beberapa peran bernama &quot;%1&quot;; sebutkan salah satunya dengan id: %2.</translation>
    </message>
    <message>
        <source>No candidate &quot;%1&quot;. Give a candidate id or the exact name.</source>
        <translation>Tidak ada kandidat &quot;%1&quot;. Berikan id kandidat atau nama persisnya.</translation>
    </message>
    <message>
        <source>Several candidates are called &quot;%1&quot;; name one by id: %2.</source>
        <translation>Beberapa kandidat bernama &quot;%1&quot;; sebutkan salah satunya dengan id: %2.</translation>
    </message>
</context>
<context>
    <name>ErasureCommands</name>
    <message>
        <source>This command is not about one person&apos;s data.</source>
        <translation>Perintah ini bukan tentang data satu orang.</translation>
    </message>
    <message>
        <source>purge needs a period, as in: hindsight purge --inactive-months 24 (the retention setting is off).</source>
        <translation>purge memerlukan jangka waktu, misalnya: hindsight purge --inactive-months 24 (pengaturan retensi nonaktif).</translation>
    </message>
    <message>
        <source>Kept: %1 (id %2) has no recorded activity; delete them by hand if they are due.</source>
        <translation>Dipertahankan: %1 (id %2) tidak memiliki aktivitas yang tercatat; hapus secara manual jika sudah waktunya.</translation>
    </message>
    <message numerus="yes">
        <source>No candidate has been inactive since %1 (%n month(s)).</source>
        <translation>
            <numerusform>Tidak ada kandidat yang tidak aktif sejak %1 (%n bulan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive since %1 (%n month(s)):</source>
        <translation>
            <numerusform>Tidak aktif sejak %1 (%n bulan):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (id %2), last activity %3</source>
        <translation>  %1 (id %2), aktivitas terakhir %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was erased.</source>
        <translation>Uji coba: tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>To be erased from %1:</source>
        <translation>Akan dihapus dari %1:</translation>
    </message>
    <message>
        <source>  %1 (id %2), %3</source>
        <translation>  %1 (id %2), %3</translation>
    </message>
    <message>
        <source>with %1.</source>
        <translation>beserta %1.</translation>
    </message>
    <message>
        <source>No backup in %1 holds them.</source>
        <translation>Tidak ada cadangan di %1 yang memuat mereka.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them will be deleted:</source>
        <translation>
            <numerusform>%n cadangan di %1 yang memuat mereka akan dihapus:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them will be rewritten without them:</source>
        <translation>
            <numerusform>%n cadangan di %1 yang memuat mereka akan ditulis ulang tanpa mereka:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 cannot be read: %2</source>
        <translation>  %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>nothing was erased: erasing asks for confirmation and standard input is not a terminal. Run it again with --yes to erase without asking.</source>
        <translation>tidak ada yang dihapus: penghapusan meminta konfirmasi dan masukan standar bukan terminal. Jalankan lagi dengan --yes untuk menghapus tanpa bertanya.</translation>
    </message>
    <message>
        <source>Erase this for good? Type yes to erase: </source>
        <translation>Hapus ini untuk selamanya? Ketik ya untuk menghapus: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>nothing was erased.</source>
        <translation>tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>Deleted the backup %1.</source>
        <translation>Cadangan %1 dihapus.</translation>
    </message>
    <message>
        <source>Rewrote the backup %1 without them.</source>
        <translation>Cadangan %1 ditulis ulang tanpa mereka.</translation>
    </message>
    <message>
        <source>nothing was erased from the database: %1</source>
        <translation>tidak ada yang dihapus dari basis data: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n candidate(s) from %1.</source>
        <translation>
            <numerusform>%n kandidat dihapus dari %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>their text is still in %1: another program is reading the database. SQLite empties that file when the last program using the database closes it; close every Hindsight on it.</source>
        <translation>teks mereka masih ada di %1: program lain sedang membaca basis data. SQLite mengosongkan berkas itu saat program terakhir yang memakai basis data menutupnya; tutup semua Hindsight yang membukanya.</translation>
    </message>
    <message>
        <source>To be erased from the team server %1:</source>
        <translation>Akan dihapus dari server tim %1:</translation>
    </message>
    <message numerus="yes">
        <source>with %n submitted interview(s), </source>
        <translation>
            <numerusform>dengan %n wawancara yang sudah dikirim, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), their notes and placement overrides.</source>
        <translation>
            <numerusform>%n keputusan, catatan, dan penggantian penempatan mereka.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was erased: someone is still interviewing %1; the draft must be submitted or discarded first.</source>
        <translation>tidak ada yang dihapus: seseorang masih mewawancarai %1; draf harus dikirim atau dibuang terlebih dahulu.</translation>
    </message>
    <message>
        <source>nothing was erased: %1</source>
        <translation>tidak ada yang dihapus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n candidate(s) from the team server %1.</source>
        <translation>
            <numerusform>Menghapus %n kandidat dari server tim %1.</numerusform>
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
            <numerusform>%n wawancara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation>
            <numerusform>%n penyesalan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n keputusan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement override(s)</source>
        <translation>
            <numerusform>%n perubahan penempatan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
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
        <translation>basis data</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Tidak ada kesalahan.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Tidak dapat membuka basis data %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hindsight database, or it is damaged.</source>
        <translation>%1 bukan basis data Hindsight, atau basis data tersebut rusak.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hindsight. Update Hindsight to open it.</source>
        <translation>%1 ditulis oleh versi Hindsight yang lebih baru. Perbarui Hindsight untuk membukanya.</translation>
    </message>
    <message>
        <source>The database is busy: another Hindsight holds it (%1). Close the other one and try again.</source>
        <translation>Basis data sedang sibuk: Hindsight lain sedang menggunakannya (%1). Tutup Hindsight yang lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk is full or could not be written while saving to %1 (%2). The last change was not saved; free some space and try again.</source>
        <translation>Disk penuh atau tidak dapat ditulisi saat menyimpan ke %1 (%2). Perubahan terakhir tidak disimpan; kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only (%2).</source>
        <translation>Tidak dapat menulis ke %1: berkas atau foldernya hanya-baca (%2).</translation>
    </message>
    <message>
        <source>The change to %1 conflicts with data already stored (%2).</source>
        <translation>Perubahan pada %1 bertentangan dengan data yang sudah tersimpan (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist; it may have been deleted.</source>
        <translation>%1 tidak ada; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>%1 is still in use and cannot be removed.</source>
        <translation>%1 masih digunakan dan tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The interview (%1) has been submitted and can no longer be changed.</source>
        <translation>Wawancara (%1) sudah dikirim dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>The value of %1 is not allowed: %2.</source>
        <translation>Nilai %1 tidak diizinkan: %2.</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation>Kesalahan basis data tak terduga di %1: %2</translation>
    </message>
    <message>
        <source>Only the interviewer who submitted the interview (%1) may amend it.</source>
        <translation>Hanya pewawancara yang mengirim wawancara ini (%1) yang boleh mengubahnya.</translation>
    </message>
    <message>
        <source>%1 is not a Hindsight database, or it is damaged: %2. Nothing was written to it.</source>
        <translation>%1 bukan basis data Hindsight, atau rusak: %2. Tidak ada yang ditulis ke dalamnya.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation>%1 sudah ada dan dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>The team server refused %1: %2</source>
        <translation>Server tim menolak %1: %2</translation>
    </message>
    <message>
        <source>The team server cannot be reached (%1: %2).</source>
        <translation>Server tim tidak dapat dijangkau (%1: %2).</translation>
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
        <translation>Peran</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Wawancara</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Placement overrides</source>
        <translation>Penempatan manual</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Interview by</source>
        <translation>Wawancara oleh</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Placement override</source>
        <translation>Penempatan manual</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>description</source>
        <translation>deskripsi</translation>
    </message>
    <message>
        <source>breadth demand</source>
        <translation>tuntutan keluasan</translation>
    </message>
    <message>
        <source>domain demands</source>
        <translation>tuntutan domain</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>profile link</source>
        <translation>tautan profil</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>breadth / depth</source>
        <translation>keluasan / kedalaman</translation>
    </message>
    <message>
        <source>sealed content</source>
        <translation>isi tersegel</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versi</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 merged, %4 skipped (already here)</source>
        <translation>%1: %2 ditambahkan, %3 digabung, %4 dilewati (sudah ada)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2) may be %3, who is already here: added as another candidate; merge them (Candidate → Merge Candidate…) if they are the same person.</source>
        <translation>%1 (%2) mungkin %3, yang sudah ada: ditambahkan sebagai kandidat lain; gabungkan mereka (Kandidat → Gabungkan Kandidat…) jika orangnya sama.</translation>
    </message>
    <message>
        <source>took the file&apos;s newer &quot;%1&quot; over &quot;%2&quot;</source>
        <translation>memakai &quot;%1&quot; yang lebih baru dari berkas, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>kept &quot;%1&quot;; the file has &quot;%2&quot;</source>
        <translation>mempertahankan &quot;%1&quot;; berkas berisi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n):</source>
        <translation>
            <numerusform>Kemungkinan duplikat (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n):</source>
        <translation>
            <numerusform>Konflik (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewReader</name>
    <message>
        <source>unknown level &quot;%1&quot;; expected product, domain, mixed or unclear</source>
        <translation>tingkat &quot;%1&quot; tidak dikenal; seharusnya product, domain, mixed, atau unclear</translation>
    </message>
    <message>
        <source>unknown domain &quot;%1&quot;</source>
        <translation>domain &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;</source>
        <translation>lapisan &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>a %1 regret needs a domain</source>
        <translation>penyesalan tingkat %1 memerlukan domain</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>tahap &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>a probe id or an object</source>
        <translation>id pertanyaan lanjutan atau objek</translation>
    </message>
    <message>
        <source>a probe id must not be empty</source>
        <translation>id pertanyaan lanjutan tidak boleh kosong</translation>
    </message>
    <message>
        <source>expected an integer from 0 to %1, found %2</source>
        <translation>diharapkan bilangan bulat dari 0 sampai %1, ditemukan %2</translation>
    </message>
    <message>
        <source>the interview has no regret to link this note to</source>
        <translation>wawancara ini tidak memiliki penyesalan yang dapat ditautkan ke catatan ini</translation>
    </message>
    <message>
        <source>the interview has no regret this probe was asked for</source>
        <translation>wawancara ini tidak memiliki penyesalan yang menjadi tujuan pertanyaan lanjutan ini</translation>
    </message>
    <message>
        <source>another regret of this interview already has id &quot;%1&quot;</source>
        <translation>penyesalan lain dalam wawancara ini sudah memakai id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no regret of this interview has id &quot;%1&quot;</source>
        <translation>tidak ada penyesalan dalam wawancara ini dengan id &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>cannot export to %1</source>
        <translation>tidak dapat mengekspor ke %1</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>expected an object at the top level, found %1</source>
        <translation>diharapkan objek di tingkat teratas, ditemukan %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>nilai tunggal</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 adalah folder, bukan berkas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>cannot import %1</source>
        <translation>tidak dapat mengimpor %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the data to a file and import that</source>
        <translation>%1 bukan berkas biasa (perangkat, pipa, atau soket); simpan datanya ke berkas lalu impor berkas itu</translation>
    </message>
    <message>
        <source>%1 is larger than the import limit of %2 MB; if it really is an interchange file, raise the limit (hindsight import --max-size MB)</source>
        <translation>%1 lebih besar dari batas impor %2 MB; jika benar berkas pertukaran, naikkan batasnya (hindsight import --max-size MB)</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>tidak dapat membaca berkas: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>berkas lebih besar dari batas %1 bita</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>berkas berakhir di tengah string</translation>
    </message>
    <message>
        <source>a backslash in a string starts no valid escape</source>
        <translation>garis miring terbalik dalam string tidak memulai escape yang sah</translation>
    </message>
    <message>
        <source>\u is not followed by four hexadecimal digits</source>
        <translation>\u tidak diikuti empat digit heksadesimal</translation>
    </message>
    <message>
        <source>a number is cut short</source>
        <translation>sebuah angka terpotong</translation>
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
        <translation>string &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada nilai</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>diharapkan %1, ditemukan %2</translation>
    </message>
    <message>
        <source>this field is required but missing</source>
        <translation>kolom ini wajib ada tetapi tidak ditemukan</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>string yang tidak kosong</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>angka dari %1 sampai %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation>bilangan bulat minimal %1</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>bilangan bulat dari %1 sampai %2</translation>
    </message>
    <message>
        <source>expected %1, found %2, which is beyond 2^53 (%3): a JSON number cannot carry it exactly</source>
        <translation>diharapkan %1, ditemukan %2, yang melebihi 2^53 (%3): angka JSON tidak dapat memuatnya dengan tepat</translation>
    </message>
    <message>
        <source>expected a date and time in ISO 8601 form such as 2026-11-20T10:00:00Z, found &quot;%1&quot;</source>
        <translation>diharapkan tanggal dan waktu dalam format ISO 8601 seperti 2026-11-20T10:00:00Z, ditemukan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message>
        <source>the file ends in the middle of the document</source>
        <translation>berkas berakhir di tengah dokumen</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>diharapkan sebuah nilai</translation>
    </message>
    <message>
        <source>arrays and objects nest deeper than %1 levels here; the limit is %1</source>
        <translation>array dan objek bersarang lebih dari %1 tingkat di sini; batasnya %1</translation>
    </message>
    <message>
        <source>expected , or } after a member</source>
        <translation>diharapkan , atau } setelah anggota</translation>
    </message>
    <message>
        <source>expected , or ] after an element</source>
        <translation>diharapkan , atau ] setelah elemen</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>diharapkan kunci dalam tanda kutip ganda</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: an object names each key once</source>
        <translation>kunci ganda &quot;%1&quot;: sebuah objek menyebut setiap kunci sekali saja</translation>
    </message>
    <message>
        <source>expected : after a key</source>
        <translation>diharapkan : setelah kunci</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>bita yang bukan UTF-8</translation>
    </message>
    <message>
        <source>half of a UTF-16 surrogate pair</source>
        <translation>separuh pasangan surrogate UTF-16</translation>
    </message>
    <message>
        <source>a key holds %1</source>
        <translation>sebuah kunci berisi %1</translation>
    </message>
    <message>
        <source>the text holds %1</source>
        <translation>teks berisi %1</translation>
    </message>
    <message>
        <source>a key holds the control character %1</source>
        <translation>sebuah kunci berisi karakter kontrol %1</translation>
    </message>
    <message>
        <source>the text holds the control character %1 at character %2; text may hold tab and newline but no other control character</source>
        <translation>teks berisi karakter kontrol %1 pada karakter ke-%2; teks boleh berisi tab dan baris baru, tetapi tidak karakter kontrol lain</translation>
    </message>
    <message>
        <source>the text holds the control character %1 at character %2; a name, title, e-mail address or id is one line without control characters</source>
        <translation>teks berisi karakter kontrol %1 pada karakter ke-%2; nama, judul, alamat surel, atau id adalah satu baris tanpa karakter kontrol</translation>
    </message>
    <message>
        <source>a key is %1 characters long; the limit is %2</source>
        <translation>sebuah kunci panjangnya %1 karakter; batasnya %2</translation>
    </message>
    <message>
        <source>the text is %1 characters long; the limit is %2</source>
        <translation>teks panjangnya %1 karakter; batasnya %2</translation>
    </message>
    <message>
        <source>a number is written with %1 characters; the limit is %2</source>
        <translation>sebuah angka ditulis dengan %1 karakter; batasnya %2</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>diharapkan %1</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translation>masih ada teks setelah akhir dokumen</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>bukan JSON yang sah pada bita %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1, in %2: %3</source>
        <translation>bukan JSON yang sah pada bita %1, di %2: %3</translation>
    </message>
</context>
<context>
    <name>NotesTextFile</name>
    <message>
        <source>Interview with %1 for %2</source>
        <translation>Wawancara dengan %1 untuk %2</translation>
    </message>
    <message>
        <source>Interviewer: %1</source>
        <translation>Pewawancara: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Being typed: %1</source>
        <translation>Sedang diketik: %1</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Penyesalan %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Tingkat: %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>Depth: %1</source>
        <translation>Kedalaman: %1</translation>
    </message>
</context>
<context>
    <name>PersonExporter</name>
    <message>
        <source>cannot export to %1</source>
        <translation>tidak dapat mengekspor ke %1</translation>
    </message>
</context>
<context>
    <name>RoleDeleter</name>
    <message>
        <source>Delete Role</source>
        <translation>Hapus Peran</translation>
    </message>
    <message>
        <source>The role could not be read.</source>
        <translation>Peran tidak dapat dibaca.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n candidate(s) apply for it.</source>
        <translation>
            <numerusform>%1 tidak dapat dihapus: %n kandidat melamar untuknya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete those candidates, or move them to another role, first.</source>
        <translation>Hapus kandidat itu, atau pindahkan ke peran lain, terlebih dahulu.</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Hapus peran %1?</translation>
    </message>
    <message>
        <source>Its breadth and domain demands and its team go with it. No candidate applies for it.</source>
        <translation>Tuntutan keluasan dan domainnya serta timnya ikut terhapus. Tidak ada kandidat yang melamar untuknya.</translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation>&amp;Hapus Peran</translation>
    </message>
    <message>
        <source>The role could not be deleted.</source>
        <translation>Peran tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation>Peran %1 dihapus.</translation>
    </message>
</context>
<context>
    <name>RoleTemplates</name>
    <message>
        <source>Early-stage product</source>
        <translation>Produk tahap awal</translation>
    </message>
    <message>
        <source>Builds the backend of a young product: CRUD APIs for the frontend, third-party integrations (payments, e-mail, analytics) and the background jobs that glue them together.</source>
        <translation>Membangun backend untuk produk yang masih muda: API CRUD untuk frontend, integrasi pihak ketiga (pembayaran, email, analitik), dan tugas latar belakang yang menyatukan semuanya.</translation>
    </message>
    <message>
        <source>The work touches almost every layer of the stack but none of it deeply yet, so breadth matters far more than specialist depth.</source>
        <translation>Pekerjaannya menyentuh hampir setiap lapisan stack, tetapi belum ada yang mendalam, sehingga keluasan jauh lebih penting daripada kedalaman spesialis.</translation>
    </message>
    <message>
        <source>Small team, full-stack ownership</source>
        <translation>Tim kecil, tanggung jawab full-stack</translation>
    </message>
    <message>
        <source>One of a handful of engineers who own several services end to end, from the database and the API to deployment and on-call.</source>
        <translation>Salah satu dari segelintir engineer yang bertanggung jawab penuh atas beberapa layanan, mulai dari basis data dan API hingga deployment dan on-call.</translation>
    </message>
    <message>
        <source>With nobody to hand work to, the person must debug a query, a proxy and a failed job in the same afternoon: wide, not deep.</source>
        <translation>Karena tidak ada orang lain untuk dilimpahi pekerjaan, orang ini harus men-debug kueri, proxy, dan tugas yang gagal dalam satu sore yang sama: luas, bukan dalam.</translation>
    </message>
    <message>
        <source>Greenfield service, shifting requirements</source>
        <translation>Layanan baru dari nol, kebutuhan yang terus berubah</translation>
    </message>
    <message>
        <source>Starts a new service whose requirements change every sprint; the design has to stay cheap to change.</source>
        <translation>Memulai layanan baru yang kebutuhannya berubah setiap sprint; desainnya harus tetap murah untuk diubah.</translation>
    </message>
    <message>
        <source>When the problem is still moving, a simple design across many layers beats a deep investment in any one domain.</source>
        <translation>Selama masalahnya masih terus bergeser, desain sederhana yang melintasi banyak lapisan lebih unggul daripada investasi mendalam di satu domain mana pun.</translation>
    </message>
    <message>
        <source>Payment processing engine</source>
        <translation>Mesin pemrosesan pembayaran</translation>
    </message>
    <message>
        <source>Owns the engine that authorises, captures and settles payments: idempotency, ledgers, retries and reconciliation.</source>
        <translation>Bertanggung jawab atas mesin yang mengotorisasi, menangkap (capture), dan menyelesaikan pembayaran: idempotensi, buku besar, percobaan ulang, dan rekonsiliasi.</translation>
    </message>
    <message>
        <source>A lost or doubled payment is the failure that matters, and only deep payments knowledge sees it coming.</source>
        <translation>Pembayaran yang hilang atau tercatat ganda adalah kegagalan yang paling penting, dan hanya pengetahuan pembayaran yang mendalam yang dapat mengantisipasinya.</translation>
    </message>
    <message>
        <source>Real-time fraud detection</source>
        <translation>Deteksi penipuan real-time</translation>
    </message>
    <message>
        <source>Scores tens of thousands of transactions a minute within a tight latency budget: stream processing, a feature store, the scoring engine.</source>
        <translation>Menilai puluhan ribu transaksi per menit dalam anggaran latensi yang ketat: stream processing, feature store, dan mesin penilaian.</translation>
    </message>
    <message>
        <source>The system fails under load, not in the API, so streaming and latency depth decide whether it holds.</source>
        <translation>Sistem ini gagal saat beban tinggi, bukan di API, sehingga kedalaman di bidang streaming dan latensi menentukan apakah sistem ini bertahan.</translation>
    </message>
    <message>
        <source>Distributed job scheduler</source>
        <translation>Penjadwal tugas terdistribusi</translation>
    </message>
    <message>
        <source>Builds the scheduler that runs jobs across many machines exactly when and as often as promised, through node failures.</source>
        <translation>Membangun penjadwal yang menjalankan tugas di banyak mesin tepat pada waktunya dan sesering yang dijanjikan, bahkan saat node gagal.</translation>
    </message>
    <message>
        <source>Leases, clocks and partial failures are distributed-systems territory; a generalist&apos;s design works until the first partition.</source>
        <translation>Lease, jam, dan kegagalan parsial adalah wilayah sistem terdistribusi; desain seorang generalis berfungsi hanya sampai partisi jaringan pertama.</translation>
    </message>
    <message>
        <source>Database-performance-critical product</source>
        <translation>Produk yang bergantung pada performa basis data</translation>
    </message>
    <message>
        <source>Keeps a data-heavy product fast: query plans, indexing strategy, storage layout and the latency of the hot paths.</source>
        <translation>Menjaga produk yang sarat data tetap cepat: rencana kueri, strategi pengindeksan, tata letak penyimpanan, dan latensi jalur yang paling sering dilalui.</translation>
    </message>
    <message>
        <source>Knowing why a plan ignores an index, or when a partial index helps, is the job, so depth in database internals dominates.</source>
        <translation>Inti pekerjaannya adalah memahami mengapa rencana kueri mengabaikan indeks, atau kapan indeks parsial membantu, sehingga kedalaman di internal basis data paling menentukan.</translation>
    </message>
    <message>
        <source>Regulated boundary (PCI DSS / SOC 2 / HIPAA)</source>
        <translation>Batas teregulasi (PCI DSS / SOC 2 / HIPAA)</translation>
    </message>
    <message>
        <source>Owns the part of the system auditors look at: encryption at rest, key handling, access control and audit-log retention.</source>
        <translation>Bertanggung jawab atas bagian sistem yang diperiksa auditor: enkripsi data tersimpan, pengelolaan kunci, kontrol akses, dan retensi log audit.</translation>
    </message>
    <message>
        <source>A compliance boundary is only as strong as its weakest invariant, which takes specialist depth in compliance and cryptography.</source>
        <translation>Batas kepatuhan hanya sekuat invarian terlemahnya, dan itu menuntut kedalaman spesialis di bidang kepatuhan regulasi dan kriptografi.</translation>
    </message>
    <message>
        <source>Specialist with broad awareness (t-shaped)</source>
        <translation>Spesialis dengan wawasan luas (berbentuk T)</translation>
    </message>
    <message>
        <source>Sets the architecture of one critical domain for a team of generalists and works fluently in the layers around it.</source>
        <translation>Menetapkan arsitektur satu domain kritis bagi tim yang terdiri dari para generalis dan bekerja dengan lancar di lapisan-lapisan di sekitarnya.</translation>
    </message>
    <message>
        <source>The team needs someone deep enough to guard a domain&apos;s invariants and broad enough to work with everyone who touches it.</source>
        <translation>Tim ini membutuhkan seseorang yang cukup mendalam untuk menjaga invarian suatu domain dan cukup luas untuk bekerja sama dengan semua orang yang bersinggungan dengannya.</translation>
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
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Archetype</source>
        <translation>Arketipe</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message numerus="yes">
        <source>%1 — target breadth %2, depth %3 (%4); %n candidate(s)</source>
        <translation>
            <numerusform>%1 — target keluasan %2, kedalaman %3 (%4); %n kandidat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>StoreWindows</name>
    <message>
        <source>Open Database</source>
        <translation>Buka Basis Data</translation>
    </message>
    <message>
        <source>Hindsight databases (*.sqlite3);;All files (*)</source>
        <translation>Basis data Hindsight (*.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Basis Data Tidak Dapat Dibuka</translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation>%1 tidak dibuka.</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>The team server&apos;s database %1 is already set up; nothing was changed.</source>
        <translation>Basis data %1 di server tim sudah disiapkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The team server&apos;s database %1 is set up: tables in the schema hindsight, row-level security on interview content, the roles hindsight_owner and hindsight_interviewer. Add interviewers with: hindsight team add-interviewer LOGIN --name NAME --email E --server URL</source>
        <translation>Basis data %1 di server tim sudah disiapkan: tabel dalam skema hindsight, keamanan tingkat baris pada isi wawancara, peran hindsight_owner dan hindsight_interviewer. Tambahkan pewawancara dengan: hindsight team add-interviewer LOGIN --name NAMA --email E --server URL</translation>
    </message>
    <message>
        <source>%1 can now connect as the interviewer %2: hindsight --server postgresql://%1@HOST/%3</source>
        <translation>%1 sekarang dapat terhubung sebagai pewawancara %2: hindsight --server postgresql://%1@HOST/%3</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>
The same password again: </source>
        <translation>
Kata sandi yang sama sekali lagi: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>Kata sandi kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>team add-interviewer reads the new login&apos;s password from standard input, and got none; nothing was changed.</source>
        <translation>team add-interviewer membaca kata sandi login baru dari masukan standar, dan tidak mendapatkannya; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <source>your login</source>
        <translation>login Anda</translation>
    </message>
    <message>
        <source>The team server asks for the password of %1.</source>
        <translation>Server tim meminta kata sandi %1.</translation>
    </message>
    <message>
        <source>The team server refused the password of %1. Type it again.</source>
        <translation>Server tim menolak kata sandi %1. Ketik lagi.</translation>
    </message>
    <message>
        <source>Connected, but the keyring did not keep the password: %1</source>
        <translation>Terhubung, tetapi gantungan kunci tidak menyimpan kata sandi: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ActionRegistry</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Add roles and candidates from a Hindsight JSON file</source>
        <translation>Tambahkan peran dan kandidat dari berkas JSON Hindsight</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close Hindsight</source>
        <translation>Tutup Hindsight</translation>
    </message>
    <message>
        <source>&amp;Filter Candidates</source>
        <translation>&amp;Saring Kandidat</translation>
    </message>
    <message>
        <source>Type to narrow the candidate list by name, e-mail or role</source>
        <translation>Ketik untuk mempersempit daftar kandidat berdasarkan nama, email, atau peran</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Baca ulang basis data</translation>
    </message>
    <message>
        <source>&amp;Next Candidate</source>
        <translation>Kandidat &amp;Berikutnya</translation>
    </message>
    <message>
        <source>Show the next candidate in the list</source>
        <translation>Tampilkan kandidat berikutnya dalam daftar</translation>
    </message>
    <message>
        <source>&amp;Previous Candidate</source>
        <translation>Kandidat &amp;Sebelumnya</translation>
    </message>
    <message>
        <source>Show the previous candidate in the list</source>
        <translation>Tampilkan kandidat sebelumnya dalam daftar</translation>
    </message>
    <message>
        <source>&amp;About Hindsight</source>
        <translation>&amp;Tentang Hindsight</translation>
    </message>
    <message>
        <source>Version and licence of Hindsight</source>
        <translation>Versi dan lisensi Hindsight</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>List every action and its shortcut</source>
        <translation>Tampilkan semua tindakan beserta pintasannya</translation>
    </message>
    <message>
        <source>New &amp;Candidate…</source>
        <translation>Kandidat &amp;Baru…</translation>
    </message>
    <message>
        <source>Add a candidate: a name and the role applied for</source>
        <translation>Tambahkan kandidat: nama dan peran yang dilamar</translation>
    </message>
    <message>
        <source>&amp;Start Interview…</source>
        <translation>&amp;Mulai Wawancara…</translation>
    </message>
    <message>
        <source>Open the live interview screen for the selected candidate, or your draft with them</source>
        <translation>Buka layar wawancara langsung untuk kandidat yang dipilih, atau draf Anda dengan kandidat tersebut</translation>
    </message>
    <message>
        <source>New &amp;Role…</source>
        <translation>Peran &amp;Baru…</translation>
    </message>
    <message>
        <source>Add a role and its complexity profile, from scratch or from a template</source>
        <translation>Tambahkan peran beserta profil kompleksitasnya, dari awal atau dari templat</translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation>&amp;Sunting Peran…</translation>
    </message>
    <message>
        <source>Change the selected role&apos;s title, breadth demand and domain demands</source>
        <translation>Ubah judul, kebutuhan keluasan, dan kebutuhan domain dari peran yang dipilih</translation>
    </message>
    <message>
        <source>Committee &amp;Board</source>
        <translation>&amp;Papan Komite</translation>
    </message>
    <message>
        <source>Compare the role&apos;s candidates on one board: chart, table, gaps, decisions</source>
        <translation>Bandingkan kandidat peran ini dalam satu papan: diagram, tabel, celah, keputusan</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Save a candidate summary, committee pack or interview kit as PDF, or the data as JSON</source>
        <translation>Simpan ringkasan kandidat, paket komite, atau panduan wawancara sebagai PDF, atau datanya sebagai JSON</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print or preview a candidate summary, committee pack or interview kit</source>
        <translation>Cetak atau pratinjau ringkasan kandidat, paket komite, atau panduan wawancara</translation>
    </message>
    <message>
        <source>My &amp;Drafts…</source>
        <translation>&amp;Draf Saya…</translation>
    </message>
    <message>
        <source>List the interviews you have not submitted, to reopen or discard one</source>
        <translation>Tampilkan wawancara yang belum Anda kirim, untuk membuka kembali atau membuang salah satunya</translation>
    </message>
    <message>
        <source>&amp;Time Budget…</source>
        <translation>&amp;Batas Waktu…</translation>
    </message>
    <message>
        <source>How long an interview should take: its clock turns amber past it</source>
        <translation>Berapa lama wawancara seharusnya berlangsung: jamnya berubah kuning jingga setelah batas itu terlewati</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>Your name and e-mail as the interviewer, the time budget and data retention</source>
        <translation>Nama dan e-mail Anda sebagai pewawancara, anggaran waktu, dan penyimpanan data</translation>
    </message>
    <message>
        <source>&amp;Delete Role…</source>
        <translation>&amp;Hapus Peran…</translation>
    </message>
    <message>
        <source>Delete the selected role, with its demands and team; only a role nobody applies for</source>
        <translation>Hapus peran yang dipilih beserta tuntutan dan timnya; hanya peran yang tidak dilamar siapa pun</translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation>&amp;Sunting Kandidat…</translation>
    </message>
    <message>
        <source>Correct the selected candidate&apos;s name, e-mail, role or link to their CV or profile</source>
        <translation>Perbaiki nama, e-mail, peran, atau tautan CV atau profil kandidat yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Merge Candidate…</source>
        <translation>&amp;Gabungkan Kandidat…</translation>
    </message>
    <message>
        <source>Merge another record of the same person into the selected candidate</source>
        <translation>Gabungkan catatan lain dari orang yang sama ke kandidat yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate…</source>
        <translation>&amp;Hapus Kandidat…</translation>
    </message>
    <message>
        <source>Delete the selected candidate with their interviews, notes and decisions</source>
        <translation>Hapus kandidat yang dipilih beserta wawancara, catatan, dan keputusannya</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Buka Basis Data…</translation>
    </message>
    <message>
        <source>Open another Hindsight database file in a window of its own</source>
        <translation>Buka berkas basis data Hindsight lain di jendelanya sendiri</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>Sambungkan ke Server &amp;Tim…</translation>
    </message>
    <message>
        <source>Work on your hiring team&apos;s shared server, in a window of its own</source>
        <translation>Bekerja di server bersama tim perekrutan Anda, di jendelanya sendiri</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Ko&amp;lom…</translation>
    </message>
    <message>
        <source>Choose the columns of the evidence table</source>
        <translation>Pilih kolom tabel bukti</translation>
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
        <translation>Ubah Wawancara — %1</translation>
    </message>
    <message>
        <source>Your interview with %1: version %2, amended %3.</source>
        <translation>Wawancara Anda dengan %1: versi %2, diubah %3.</translation>
    </message>
    <message>
        <source>Your interview with %1 on %2.</source>
        <translation>Wawancara Anda dengan %1 pada %2.</translation>
    </message>
    <message>
        <source>The amendment is a new version: the interview window opens on a copy, you correct it and seal it with Ctrl+Return. Version %1 is kept exactly as it was submitted and stays readable from the candidate page. Until you submit the amendment, version %1 is the one that counts.</source>
        <translation>Perubahan adalah versi baru: jendela wawancara membuka salinannya, Anda memperbaikinya lalu menyegelnya dengan Ctrl+Return. Versi %1 disimpan persis seperti saat dikirim dan tetap dapat dibaca dari halaman kandidat. Sampai Anda mengirim perubahan ini, versi %1 yang dihitung.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Alasan perubahan</translation>
    </message>
    <message>
        <source>What was wrong, for example: regret 2 is domain-specific, not product-level; I mis-keyed it.</source>
        <translation>Apa yang salah, misalnya: penyesalan 2 spesifik domain, bukan tingkat produk; saya salah ketik.</translation>
    </message>
    <message>
        <source>Everyone who reads this interview sees the reason and when you amended it: on the candidate page, on the committee board and in the reports. Ctrl+Return starts the amendment.</source>
        <translation>Semua orang yang membaca wawancara ini melihat alasannya dan kapan Anda mengubahnya: di halaman kandidat, di papan komite, dan di laporan. Ctrl+Return memulai perubahan.</translation>
    </message>
    <message>
        <source>&amp;Start Amendment</source>
        <translation>&amp;Mulai Perubahan</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Tulis alasannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Open the interview window on a new version</source>
        <translation>Buka jendela wawancara pada versi baru</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BlindMask</name>
    <message>
        <source>[name]</source>
        <translation>[nama]</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardActions</name>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Catat &amp;Keputusan…</translation>
    </message>
    <message>
        <source>Advance, hire, no hire or hold the selected candidate, with a rationale</source>
        <translation>Lanjutkan, rekrut, jangan rekrut, atau tunda kandidat yang dipilih, disertai alasan</translation>
    </message>
    <message>
        <source>&amp;Override Placement…</source>
        <translation>&amp;Ubah Penempatan…</translation>
    </message>
    <message>
        <source>Place the selected candidate elsewhere, with a written reason; the formula&apos;s figures stay</source>
        <translation>Tempatkan kandidat yang dipilih di posisi lain dengan alasan tertulis; angka dari rumus tetap ada</translation>
    </message>
    <message>
        <source>&amp;Who Said What…</source>
        <translation>&amp;Siapa Mengatakan Apa…</translation>
    </message>
    <message>
        <source>Each interviewer&apos;s regrets, tags, depths, probes and figures side by side</source>
        <translation>Penyesalan, tanda, kedalaman, pertanyaan lanjutan, dan angka dari setiap pewawancara secara berdampingan</translation>
    </message>
    <message>
        <source>&amp;Blind Mode</source>
        <translation>Mode &amp;Anonim</translation>
    </message>
    <message>
        <source>Show candidates as Candidate A, B, … to weigh the signal before identity</source>
        <translation>Tampilkan kandidat sebagai Kandidat A, B, … agar sinyal ditimbang sebelum identitas</translation>
    </message>
    <message>
        <source>Add &amp;Team Member</source>
        <translation>&amp;Tambah Anggota Tim</translation>
    </message>
    <message>
        <source>Place a current team member on the chart by hand</source>
        <translation>Tempatkan anggota tim saat ini pada diagram secara manual</translation>
    </message>
    <message>
        <source>&amp;Remove Team Member</source>
        <translation>&amp;Hapus Anggota Tim</translation>
    </message>
    <message>
        <source>Take the selected team member off the chart</source>
        <translation>Hapus anggota tim yang dipilih dari diagram</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Ekspor Tabel sebagai CSV…</translation>
    </message>
    <message>
        <source>The table as shown (sorted, filtered, blind or not) as a spreadsheet file</source>
        <translation>Tabel seperti yang ditampilkan (diurutkan, disaring, anonim atau tidak) sebagai berkas spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Search Candidates</source>
        <translation>&amp;Cari Kandidat</translation>
    </message>
    <message>
        <source>Type to narrow the board to matching candidates</source>
        <translation>Ketik untuk mempersempit papan ke kandidat yang cocok</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Bersihkan Filter</translation>
    </message>
    <message>
        <source>Show every candidate of the role again</source>
        <translation>Tampilkan lagi semua kandidat peran ini</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <source>Read the database again: new submissions, decisions and team members</source>
        <translation>Baca ulang basis data: kiriman baru, keputusan, dan anggota tim</translation>
    </message>
    <message>
        <source>&amp;Close Board</source>
        <translation>&amp;Tutup Papan</translation>
    </message>
    <message>
        <source>Close this committee board</source>
        <translation>Tutup papan komite ini</translation>
    </message>
    <message>
        <source>Committee &amp;Pack…</source>
        <translation>&amp;Paket Komite…</translation>
    </message>
    <message>
        <source>Export, preview or print the role&apos;s committee pack, blind when the board is in blind mode</source>
        <translation>Ekspor, pratinjau, atau cetak paket komite peran ini, anonim bila papan dalam mode anonim</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Ko&amp;lom…</translation>
    </message>
    <message>
        <source>Choose the columns of the table in focus (the board&apos;s table unless another has the focus)</source>
        <translation>Pilih kolom tabel yang sedang difokus (tabel papan, kecuali tabel lain yang difokus)</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::BoardDetails</name>
    <message>
        <source>Interviewer calibration</source>
        <translation>Kalibrasi pewawancara</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>Kan&amp;didat</translation>
    </message>
    <message>
        <source>Evidence &amp;gaps</source>
        <translation>&amp;Celah bukti</translation>
    </message>
    <message>
        <source>C&amp;alibration</source>
        <translation>Ka&amp;librasi</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>Ti&amp;m</translation>
    </message>
    <message>
        <source>For each demanded domain and each layer: not probed, probed and shallow, or probed enough</source>
        <translation>Untuk setiap domain yang dibutuhkan dan setiap lapisan: belum digali, sudah digali tetapi dangkal, atau sudah cukup digali</translation>
    </message>
    <message>
        <source>How interviewers with three or more candidates in common agree</source>
        <translation>Seberapa sepakat pewawancara yang sama-sama mewawancarai tiga kandidat atau lebih</translation>
    </message>
    <message>
        <source>The current team, placed on the chart by hand</source>
        <translation>Tim saat ini, ditempatkan secara manual pada diagram</translation>
    </message>
    <message>
        <source>Decisions and placements</source>
        <translation>Keputusan dan penempatan</translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation>Celah bukti</translation>
    </message>
    <message>
        <source>Place the people the candidate would join, to see which shape the team lacks. Enter breadth and depth by hand (0 to 10); they are drawn as triangles and never scored.</source>
        <translation>Tempatkan orang-orang yang akan menjadi rekan kerja kandidat untuk melihat profil apa yang belum dimiliki tim. Masukkan keluasan dan kedalaman secara manual (0 sampai 10); mereka digambar sebagai segitiga dan tidak pernah dinilai.</translation>
    </message>
    <message>
        <source>No two interviewers have three or more candidates of this role in common yet; calibration needs at least three shared candidates to mean anything.</source>
        <translation>Belum ada dua pewawancara yang sama-sama mewawancarai tiga kandidat atau lebih untuk peran ini; kalibrasi memerlukan setidaknya tiga kandidat bersama agar bermakna.</translation>
    </message>
    <message>
        <source>Select a candidate on the chart or in the table.</source>
        <translation>Pilih kandidat pada diagram atau di tabel.</translation>
    </message>
    <message>
        <source>Select a candidate to see which evidence is missing.</source>
        <translation>Pilih kandidat untuk melihat bukti apa yang masih kurang.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no submitted interview yet, so the formula gives no figures.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; belum memiliki wawancara yang dikirim, sehingga rumus belum menghasilkan angka.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — the formula: breadth %2, depth %3, %4, fit %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — rumus: keluasan %2, kedalaman %3, %4, kecocokan %5.</translation>
    </message>
    <message>
        <source>Committee placement beside it: %1, recorded by %2: “%3”</source>
        <translation>Penempatan komite di sampingnya: %1, dicatat oleh %2: “%3”</translation>
    </message>
    <message>
        <source>No decision or placement recorded yet.</source>
        <translation>Belum ada keputusan atau penempatan yang dicatat.</translation>
    </message>
    <message>
        <source>%1: every demanded domain and every layer has evidence.</source>
        <translation>%1: setiap domain yang dibutuhkan dan setiap lapisan memiliki bukti.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) not probed by any submitted interview. Not probed is missing evidence, not a weakness.</source>
        <translation>
            <numerusform>%1: %n butir belum digali oleh wawancara terkirim mana pun. Belum digali berarti bukti belum ada, bukan kelemahan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pair of interviewers to read their figures in words.</source>
        <translation>Pilih sepasang pewawancara untuk membaca angka mereka dalam kata-kata.</translation>
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
        <translation>Filter profil</translation>
    </message>
    <message>
        <source>Any shape</source>
        <translation>Semua profil</translation>
    </message>
    <message>
        <source>Risk filter</source>
        <translation>Filter risiko</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Semua risiko</translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation>Filter keputusan</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Semua keputusan</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Cari kandidat</translation>
    </message>
    <message>
        <source>Search candidates…</source>
        <translation>Cari kandidat…</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Belum ada keputusan</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>Decisio&amp;n:</source>
        <translation>Kep&amp;utusan:</translation>
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
        <translation>%1 produk · %2 domain · %3 campuran · %4 tidak jelas</translation>
    </message>
    <message>
        <source>%1 · breadth %2 · depth %3</source>
        <translation>%1 · keluasan %2 · kedalaman %3</translation>
    </message>
    <message>
        <source>Not interviewed</source>
        <translation>Belum diwawancarai</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Tidak sepakat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>%n belum digali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) still in draft: not counted, not shown to the committee.</source>
        <translation>
            <numerusform>%n wawancara masih berupa draf: tidak dihitung dan tidak ditampilkan kepada komite.</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>No committee placement: the formula&apos;s figures stand alone.</source>
        <translation>Tidak ada penempatan komite: angka dari rumus berdiri sendiri.</translation>
    </message>
    <message>
        <source>Placed by %1: %2
The formula&apos;s figures stay: breadth %3, depth %4.</source>
        <translation>Ditempatkan oleh %1: %2
Angka dari rumus tetap: keluasan %3, kedalaman %4.</translation>
    </message>
    <message>
        <source>Every demanded domain and every layer has evidence.</source>
        <translation>Setiap domain yang dibutuhkan dan setiap lapisan memiliki bukti.</translation>
    </message>
    <message>
        <source>No submitted interview probed: %1</source>
        <translation>Belum digali oleh wawancara terkirim mana pun: %1</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Belum ada keputusan yang dicatat.</translation>
    </message>
    <message>
        <source>%1 by %2, %3
%4</source>
        <translation>%1 oleh %2, %3
%4</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Wawancara</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Committee placement</source>
        <translation>Penempatan komite</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Ketidaksepakatan</translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation>Celah bukti</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Submitted interviews: the only ones the figures use</source>
        <translation>Wawancara yang dikirim: satu-satunya yang dipakai untuk angka</translation>
    </message>
    <message>
        <source>Interviews still in draft: counted here, never shown</source>
        <translation>Wawancara yang masih berupa draf: dihitung di sini, tidak pernah ditampilkan</translation>
    </message>
    <message>
        <source>The shape the formula gives</source>
        <translation>Profil yang dihasilkan rumus</translation>
    </message>
    <message>
        <source>Where a committee member placed the candidate, with a written reason; the formula&apos;s figures stay beside it</source>
        <translation>Posisi yang ditetapkan anggota komite untuk kandidat, dengan alasan tertulis; angka dari rumus tetap ada di sampingnya</translation>
    </message>
    <message>
        <source>Regret levels: product, domain-specific, mixed, unclear</source>
        <translation>Tingkat penyesalan: produk, spesifik domain, campuran, tidak jelas</translation>
    </message>
    <message>
        <source>Demanded domains and layers no submitted interview probed (not the same as probed and shallow)</source>
        <translation>Domain dan lapisan yang dibutuhkan tetapi belum digali oleh wawancara terkirim mana pun (tidak sama dengan sudah digali tetapi dangkal)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Interviewers disagree on this candidate (depth in a domain by 2 or more, breadth by %1 or more, or the most frequent level). Open Who Said What.</source>
        <translation>Para pewawancara tidak sepakat tentang kandidat ini (kedalaman di suatu domain selisih 2 atau lebih, keluasan selisih %1 atau lebih, atau tingkat yang paling sering muncul). Buka Siapa Mengatakan Apa.</translation>
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
        <translation>Diagram keluasan dan kedalaman</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>No breadth or depth risk</source>
        <translation>Tanpa risiko keluasan atau kedalaman</translation>
    </message>
    <message>
        <source>One interview</source>
        <translation>Satu wawancara</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Role target</source>
        <translation>Target peran</translation>
    </message>
    <message>
        <source>%1
Breadth %2 · depth %3
Fit %4
%5</source>
        <translation>%1
Keluasan %2 · kedalaman %3
Kecocokan %4
%5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>One interview of %1
Breadth %2 · depth %3</source>
        <translation>Satu wawancara dengan %1
Keluasan %2 · kedalaman %3</translation>
    </message>
    <message>
        <source>%1 (team member)
Breadth %2 · depth %3</source>
        <translation>%1 (anggota tim)
Keluasan %2 · kedalaman %3</translation>
    </message>
    <message>
        <source>Candidates per cell (darker: more)</source>
        <translation>Kandidat per sel (makin gelap: makin banyak)</translation>
    </message>
    <message>
        <source>Candidates at one point</source>
        <translation>Kandidat di satu titik</translation>
    </message>
    <message>
        <source>%1 at breadth %2, depth %3</source>
        <translation>%1 pada keluasan %2, kedalaman %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more name(s): hover over the points or show the table</source>
        <translation>
            <numerusform>%n nama lagi: arahkan penunjuk ke titik-titik atau tampilkan tabelnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in this cell</source>
        <translation>
            <numerusform>%n kandidat di sel ini</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (fit %2)</source>
        <translation>%1 (kecocokan %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidat</numerusform>
        </translation>
    </message>
    <message>
        <source>role target at breadth %1, depth %2</source>
        <translation>target peran pada keluasan %1, kedalaman %2</translation>
    </message>
    <message numerus="yes">
        <source>%n without a breadth or depth risk</source>
        <translation>
            <numerusform>%n tanpa risiko keluasan atau kedalaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most at breadth %1, depth %2 (%n candidate(s))</source>
        <translation>
            <numerusform>terbanyak pada keluasan %1, kedalaman %2 (%n kandidat)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n anggota tim</numerusform>
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
        <translation>Tampilkan sebagai Tabel</translation>
    </message>
    <message>
        <source>Breadth and depth figures</source>
        <translation>Angka keluasan dan kedalaman</translation>
    </message>
    <message>
        <source>Show the chart&apos;s figures as a table (%1)</source>
        <translation>Tampilkan angka diagram sebagai tabel (%1)</translation>
    </message>
    <message>
        <source>Show as Chart</source>
        <translation>Tampilkan sebagai Diagram</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CalibrationModel</name>
    <message>
        <source>less than chance would give</source>
        <translation>lebih rendah daripada kebetulan</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>sangat lemah</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>lemah</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>kuat</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>hampir sempurna</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>tidak terdefinisi</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 gave the same shape to %3% of the %n candidate(s) they both interviewed.</source>
        <translation>
            <numerusform>%1 dan %2 memberikan profil yang sama kepada %3% dari %n kandidat yang sama-sama mereka wawancarai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kappa %1 is %2 agreement once the agreement that chance alone would give is taken out (1 is perfect, 0 is chance).</source>
        <translation>Kappa %1 menunjukkan kesepakatan %2 setelah kesepakatan yang muncul karena kebetulan semata dikeluarkan (1 berarti sempurna, 0 berarti kebetulan).</translation>
    </message>
    <message>
        <source>Kappa is undefined: both gave every shared candidate the same shape, so there is no variation to measure agreement beyond chance on.</source>
        <translation>Kappa tidak terdefinisi: keduanya memberikan profil yang sama untuk setiap kandidat bersama, sehingga tidak ada variasi untuk mengukur kesepakatan di luar kebetulan.</translation>
    </message>
    <message>
        <source>On average %1 rates breadth %3 higher than %2 does (on 0 to 10).</source>
        <translation>Rata-rata %1 menilai keluasan %3 lebih tinggi daripada %2 (pada skala 0 sampai 10).</translation>
    </message>
    <message>
        <source>On average they rate breadth the same.</source>
        <translation>Rata-rata mereka menilai keluasan sama.</translation>
    </message>
    <message>
        <source>On average %1 rates depth %3 higher than %2 does (on 0 to 10).</source>
        <translation>Rata-rata %1 menilai kedalaman %3 lebih tinggi daripada %2 (pada skala 0 sampai 10).</translation>
    </message>
    <message>
        <source>On average they rate depth the same.</source>
        <translation>Rata-rata mereka menilai kedalaman sama.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Pewawancara</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Bersama</translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation>Profil sama</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation>Keluasan, pertama − kedua</translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation>Kedalaman, pertama − kedua</translation>
    </message>
    <message>
        <source>%1: the interviews recorded under this name, in any capitals.</source>
        <translation>%1: wawancara yang tercatat dengan nama ini, dengan huruf besar atau kecil apa pun.</translation>
    </message>
    <message>
        <source>%1: every interview recorded with the e-mail %2, under any name.</source>
        <translation>%1: setiap wawancara yang tercatat dengan e-mail %2, dengan nama apa pun.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CalibrationSection</name>
    <message>
        <source>Calibration</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <source>No two interviewers have interviewed %1 or more of this role&apos;s candidates in common yet.</source>
        <translation>Belum ada dua pewawancara yang sama-sama mewawancarai %1 kandidat atau lebih untuk peran ini.</translation>
    </message>
    <message>
        <source>Each pair of interviewers with %1 or more candidates in common: how often their own submitted interviews give a candidate the same shape, and how their breadth and depth compare.</source>
        <translation>Setiap pasangan pewawancara dengan %1 kandidat atau lebih yang sama: seberapa sering wawancara terkirim mereka sendiri memberi kandidat profil yang sama, dan bagaimana keluasan serta kedalaman mereka dibandingkan.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Pewawancara</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Bersama</translation>
    </message>
    <message>
        <source>Same shape</source>
        <translation>Profil sama</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Breadth, first − second</source>
        <translation>Keluasan, pertama − kedua</translation>
    </message>
    <message>
        <source>Depth, first − second</source>
        <translation>Kedalaman, pertama − kedua</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateCommands</name>
    <message>
        <source>Select a candidate first.</source>
        <translation>Pilih kandidat terlebih dahulu.</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation>Kandidat tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Could not save the candidate.</source>
        <translation>Kandidat tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Saved the candidate %1.</source>
        <translation>Kandidat %1 disimpan.</translation>
    </message>
    <message>
        <source>Could not merge the candidates.</source>
        <translation>Kandidat tidak dapat digabungkan.</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 digabungkan ke %2.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateEditDialog</name>
    <message>
        <source>Edit Candidate</source>
        <translation>Sunting Kandidat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Alamat e-mail</translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation>nama@example.org (opsional)</translation>
    </message>
    <message>
        <source>Role applied for</source>
        <translation>Peran yang dilamar</translation>
    </message>
    <message>
        <source>Link to their CV or profile</source>
        <translation>Tautan ke CV atau profil mereka</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (opsional)</translation>
    </message>
    <message>
        <source>A web address starting with http:// or https://; the candidate page opens it in your browser</source>
        <translation>Alamat web yang diawali http:// atau https://; halaman kandidat membukanya di peramban Anda</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;CV or profile:</source>
        <translation>&amp;CV atau profil:</translation>
    </message>
    <message>
        <source>A candidate needs a name.</source>
        <translation>Kandidat memerlukan nama.</translation>
    </message>
    <message>
        <source>Not an e-mail address; leave it empty if there is none.</source>
        <translation>Bukan alamat e-mail; biarkan kosong jika tidak ada.</translation>
    </message>
    <message>
        <source>Not a web link: it starts with http:// or https://. Leave it empty if there is none.</source>
        <translation>Bukan tautan web: tautan diawali http:// atau https://. Biarkan kosong jika tidak ada.</translation>
    </message>
    <message>
        <source>Pick the role they applied for.</source>
        <translation>Pilih peran yang mereka lamar.</translation>
    </message>
    <message>
        <source>Their interviews count for %1 from now on, on its board and against its demands.</source>
        <translation>Mulai sekarang wawancara mereka dihitung untuk %1, di papannya dan terhadap tuntutannya.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateHeader</name>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (mengundurkan diri)</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation>Melamar untuk %1</translation>
    </message>
    <message>
        <source>%1 · applied for %2</source>
        <translation>%1 · melamar untuk %2</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted interview(s)</source>
        <translation>
            <numerusform>%n wawancara dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n draft(s), not counted until submitted</source>
        <translation>
            <numerusform>%1 · %n draf, tidak dihitung sebelum dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>No committee decision yet.</source>
        <translation>Belum ada keputusan komite.</translation>
    </message>
    <message>
        <source>Committee decision: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Keputusan komite: &lt;b&gt;%1&lt;/b&gt;</translation>
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
        <translation>Keputusan komite: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n amended)</source>
        <translation>
            <numerusform>%1 (%n diubah)</numerusform>
        </translation>
    </message>
    <message>
        <source>CV or profile: %1</source>
        <translation>CV atau profil: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateMergeDialog</name>
    <message>
        <source>Merge Candidate</source>
        <translation>Gabungkan Kandidat</translation>
    </message>
    <message>
        <source>Two records of the same person become one: %1 is kept. Pick the other record; everything recorded about it moves to %1, and it is deleted.</source>
        <translation>Dua catatan dari orang yang sama menjadi satu: %1 dipertahankan. Pilih catatan yang lain; semua yang tercatat tentangnya pindah ke %1, lalu catatan itu dihapus.</translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation>Cari catatan yang lain</translation>
    </message>
    <message>
        <source>Narrows the list by name, e-mail or role. Press Down to move to the list.</source>
        <translation>Mempersempit daftar menurut nama, e-mail, atau peran. Tekan Bawah untuk pindah ke daftar.</translation>
    </message>
    <message>
        <source>Name, e-mail or role</source>
        <translation>Nama, e-mail, atau peran</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Candidates to merge into %1</source>
        <translation>Kandidat yang dapat digabungkan ke %1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>No other candidate matches.</source>
        <translation>Tidak ada kandidat lain yang cocok.</translation>
    </message>
    <message>
        <source>Pick the other record of %1 in the list.</source>
        <translation>Pilih catatan lain dari %1 di daftar.</translation>
    </message>
    <message>
        <source>That candidate could not be read; it may have just been deleted.</source>
        <translation>Kandidat itu tidak dapat dibaca; mungkin baru saja dihapus.</translation>
    </message>
    <message>
        <source>Picked: %1, applied for %2.</source>
        <translation>Dipilih: %1, melamar %2.</translation>
    </message>
    <message>
        <source>Picked: %1, %2, applied for %3.</source>
        <translation>Dipilih: %1, %2, melamar %3.</translation>
    </message>
    <message>
        <source>Moves from %1 to %2: %3.</source>
        <translation>Pindah dari %1 ke %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The %n earlier merge(s) into %1 move too.</source>
        <translation>
            <numerusform>%n penggabungan sebelumnya ke %1 ikut pindah.</numerusform>
        </translation>
    </message>
    <message>
        <source>They applied for different roles: %1 keeps %2, so what moves counts for %2.</source>
        <translation>Mereka melamar peran yang berbeda: %1 tetap di %2, jadi yang pindah dihitung untuk %2.</translation>
    </message>
    <message>
        <source>%1 takes the e-mail %2.</source>
        <translation>%1 mendapat e-mail %2.</translation>
    </message>
    <message>
        <source>%1 takes the link to the CV or profile.</source>
        <translation>%1 mendapat tautan ke CV atau profil.</translation>
    </message>
    <message>
        <source>%1 is deleted; the merge stays in %2&apos;s committee history.</source>
        <translation>%1 dihapus; penggabungan tetap tercatat di riwayat komite %2.</translation>
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
        <translation>&amp;Mengapa kandidat ini ada di sini</translation>
    </message>
    <message>
        <source>&amp;Evidence: interviews, regrets and notes</source>
        <translation>Bu&amp;kti: wawancara, penyesalan, dan catatan</translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 (%3).</source>
        <translation>Target: keluasan %1, kedalaman %2 (%3).</translation>
    </message>
    <message>
        <source>No candidates for this role yet.</source>
        <translation>Belum ada kandidat untuk peran ini.</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>Tidak ada kandidat yang dipilih</translation>
    </message>
    <message>
        <source>Pick a candidate on the left, or press Alt+Down to go to the next one.</source>
        <translation>Pilih kandidat di sebelah kiri, atau tekan Alt+Panah Bawah untuk beralih ke kandidat berikutnya.</translation>
    </message>
    <message>
        <source>No candidates yet</source>
        <translation>Belum ada kandidat</translation>
    </message>
    <message>
        <source>Import a file with File → Import…, or start with hindsight --demo to explore a filled-in example.</source>
        <translation>Impor berkas melalui Berkas → Impor…, atau mulai dengan hindsight --demo untuk menjelajahi contoh yang sudah terisi.</translation>
    </message>
    <message>
        <source>Breadth and depth</source>
        <translation>Keluasan dan kedalaman</translation>
    </message>
    <message>
        <source>Depth per domain</source>
        <translation>Kedalaman per domain</translation>
    </message>
    <message numerus="yes">
        <source>Select one of its %n candidate(s) to see how they fit, or compare them all on its committee board (%1).</source>
        <translation>
            <numerusform>Pilih salah satu dari %n kandidat peran ini untuk melihat kecocokannya, atau bandingkan semuanya di papan komite peran ini (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CandidateSummary</name>
    <message>
        <source>Candidate summary: %1, %2</source>
        <translation>Ringkasan kandidat: %1, %2</translation>
    </message>
    <message>
        <source>Why the candidate is here</source>
        <translation>Mengapa kandidat ini ada di sini</translation>
    </message>
    <message>
        <source>Candidate summary for the role %1</source>
        <translation>Ringkasan kandidat untuk peran %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No submitted interviews yet.</source>
        <translation>Belum ada wawancara yang dikirim.</translation>
    </message>
    <message>
        <source>Interviewed by %1.</source>
        <translation>Diwawancarai oleh %1.</translation>
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
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Role target</source>
        <translation>Target peran</translation>
    </message>
    <message>
        <source>Breadth %1, depth %2: %3.</source>
        <translation>Keluasan %1, kedalaman %2: %3.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Ditempatkan secara manual</translation>
    </message>
    <message>
        <source>Breadth %1, depth %2 (the formula&apos;s figures stay as above).</source>
        <translation>Keluasan %1, kedalaman %2 (angka dari rumus tetap seperti di atas).</translation>
    </message>
    <message>
        <source>Regrets and the evidence behind each rating</source>
        <translation>Penyesalan dan bukti di balik setiap penilaian</translation>
    </message>
    <message>
        <source>Nothing to show until an interview is submitted.</source>
        <translation>Belum ada yang dapat ditampilkan sampai ada wawancara yang dikirim.</translation>
    </message>
    <message>
        <source>Interview by %1, %2</source>
        <translation>Wawancara oleh %1, %2</translation>
    </message>
    <message>
        <source>No regret was recorded in this interview.</source>
        <translation>Tidak ada penyesalan yang dicatat dalam wawancara ini.</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Penyesalan</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Notes and quotes</source>
        <translation>Catatan dan kutipan</translation>
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
        <translation>Kedalaman %1 dari 4: %2</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Lapisan: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No note linked to this regret.</source>
        <translation>Tidak ada catatan yang ditautkan ke penyesalan ini.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Catatan lain</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Probes asked</source>
        <translation>Pertanyaan lanjutan yang diajukan</translation>
    </message>
    <message>
        <source>%1 (%2, amended %3)</source>
        <translation>%1 (%2, diubah %3)</translation>
    </message>
    <message>
        <source>Amended %1 (version %2). Reason:</source>
        <translation>Diubah %1 (versi %2). Alasan:</translation>
    </message>
    <message>
        <source>(The earlier version is kept unchanged in Hindsight.)</source>
        <translation>(Versi sebelumnya disimpan tanpa perubahan di Hindsight.)</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Penyesalan %1</translation>
    </message>
    <message>
        <source>Nothing of the answer written down.</source>
        <translation>Tidak ada bagian jawaban yang dicatat.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>None were ticked during the interview.</source>
        <translation>Tidak ada yang dicentang selama wawancara.</translation>
    </message>
    <message>
        <source>Not tied to a regret</source>
        <translation>Tidak terkait dengan penyesalan</translation>
    </message>
    <message>
        <source>None ticked for this regret.</source>
        <translation>Tidak ada yang dicentang untuk penyesalan ini.</translation>
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
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ColumnChooser</name>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>&amp;Show these columns:</source>
        <translation>&amp;Tampilkan kolom ini:</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>Kolom yang ditampilkan</translation>
    </message>
    <message>
        <source>Shown once the table has something to show in it</source>
        <translation>Ditampilkan setelah tabel punya isi untuk kolom ini</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteeBoard</name>
    <message>
        <source>Candidates of the role on breadth and depth</source>
        <translation>Kandidat peran ini menurut keluasan dan kedalaman</translation>
    </message>
    <message>
        <source>Candidates of the role</source>
        <translation>Kandidat peran ini</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Papan</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Kandidat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>T&amp;im</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <source>Read the database again.</source>
        <translation>Basis data telah dibaca ulang.</translation>
    </message>
    <message>
        <source>Could not read the committee board.</source>
        <translation>Tidak dapat membaca papan komite.</translation>
    </message>
    <message>
        <source>Committee Board — %1</source>
        <translation>Papan Komite — %1</translation>
    </message>
    <message>
        <source>Blind mode: candidates are shown as letters.</source>
        <translation>Mode anonim: kandidat ditampilkan sebagai huruf.</translation>
    </message>
    <message>
        <source>Blind mode off: candidates are shown by name.</source>
        <translation>Mode anonim nonaktif: kandidat ditampilkan dengan nama.</translation>
    </message>
    <message>
        <source>Target breadth %1, depth %2 — %3.</source>
        <translation>Target keluasan %1, kedalaman %2 — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n shown</source>
        <translation>
            <numerusform>, %n ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>· figures from submitted interviews only</source>
        <translation>· angka hanya dari wawancara yang dikirim</translation>
    </message>
    <message numerus="yes">
        <source>· %n draft(s) outstanding, not counted</source>
        <translation>
            <numerusform>· %n draf belum dikirim, tidak dihitung</numerusform>
        </translation>
    </message>
    <message>
        <source>committee-board-blind.csv</source>
        <translation>papan-komite-anonim.csv</translation>
    </message>
    <message>
        <source>committee-board-%1.csv</source>
        <translation>papan-komite-%1.csv</translation>
    </message>
    <message>
        <source>Export Board as CSV</source>
        <translation>Ekspor Papan sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Ekspor Gagal</translation>
    </message>
    <message>
        <source>The board was not exported.</source>
        <translation>Papan tidak diekspor.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation>
            <numerusform>%n kandidat diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Committee Board</source>
        <translation>Papan Komite</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteePack</name>
    <message>
        <source>Committee pack: %1 (blind)</source>
        <translation>Paket komite: %1 (anonim)</translation>
    </message>
    <message>
        <source>Committee pack: %1</source>
        <translation>Paket komite: %1</translation>
    </message>
    <message>
        <source>Committee pack</source>
        <translation>Paket komite</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidat</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted interview(s)</source>
        <translation>
            <numerusform>%n wawancara dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not counted</source>
        <translation>
            <numerusform>%n draf tidak dihitung</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Blind pack.</source>
        <translation>Paket anonim.</translation>
    </message>
    <message>
        <source>Candidates appear as Candidate A, B, … in the order they were added; names in notes and rationales are replaced the same way.</source>
        <translation>Kandidat ditampilkan sebagai Kandidat A, B, … sesuai urutan penambahannya; nama dalam catatan dan alasan diganti dengan cara yang sama.</translation>
    </message>
    <message>
        <source>Role profile</source>
        <translation>Profil peran</translation>
    </message>
    <message>
        <source>Breadth across the stack</source>
        <translation>Keluasan di seluruh stack</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 dari 10</translation>
    </message>
    <message>
        <source>Depth %1 of 4: %2</source>
        <translation>Kedalaman %1 dari 4: %2</translation>
    </message>
    <message>
        <source>The role demands</source>
        <translation>Kebutuhan peran</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Seberapa besar</translation>
    </message>
    <message numerus="yes">
        <source>+%n draft(s)</source>
        <translation>
            <numerusform>+%n draf</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>interviewers disagree</source>
        <translation>pewawancara tidak sepakat</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Belum ditempatkan</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>No candidates for this role yet.</source>
        <translation>Belum ada kandidat untuk peran ini.</translation>
    </message>
    <message>
        <source>Best fit first. Figures come from submitted interviews only.</source>
        <translation>Yang paling cocok lebih dulu. Angka hanya berasal dari wawancara yang dikirim.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Wawancara</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Ketidaksepakatan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Pewawancara</translation>
    </message>
    <message>
        <source>Most frequent level</source>
        <translation>Tingkat yang paling sering muncul</translation>
    </message>
    <message>
        <source>Depth by domain (0–4)</source>
        <translation>Kedalaman per domain (0–4)</translation>
    </message>
    <message>
        <source>Evidence gaps</source>
        <translation>Celah bukti</translation>
    </message>
    <message>
        <source>Every demanded domain and every layer was probed deep enough for every candidate.</source>
        <translation>Setiap domain yang dibutuhkan dan setiap lapisan sudah digali cukup dalam untuk setiap kandidat.</translation>
    </message>
    <message>
        <source>What the submitted interviews did not establish. Not probed is missing evidence, not a weakness: ask about it before deciding.</source>
        <translation>Hal-hal yang belum dapat dipastikan oleh wawancara terkirim. Belum digali berarti bukti belum ada, bukan kelemahan: tanyakan hal itu sebelum mengambil keputusan.</translation>
    </message>
    <message>
        <source>Demanded domains not probed</source>
        <translation>Domain yang dibutuhkan tetapi belum digali</translation>
    </message>
    <message>
        <source>Layers not probed</source>
        <translation>Lapisan yang belum digali</translation>
    </message>
    <message>
        <source>Probed, but shallow</source>
        <translation>Sudah digali, tetapi dangkal</translation>
    </message>
    <message>
        <source>earlier: %1</source>
        <translation>sebelumnya: %1</translation>
    </message>
    <message>
        <source>no rationale given</source>
        <translation>tidak ada alasan yang diberikan</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>No decision yet: %1.</source>
        <translation>Belum ada keputusan: %1.</translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 (shape: %3). The shaded area is where a candidate has neither an under-breadth nor an under-depth risk.</source>
        <translation>Target: keluasan %1, kedalaman %2 (profil: %3). Area yang diarsir adalah tempat kandidat tidak memiliki risiko kurang keluasan maupun kurang kedalaman.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Sampul</translation>
    </message>
    <message>
        <source>The interviewers agree on every candidate: no two submitted interviews differ by 2 or more in a domain&apos;s depth, by %1 or more in breadth, or in their most frequent level.</source>
        <translation>Para pewawancara sepakat tentang setiap kandidat: tidak ada dua wawancara terkirim yang berselisih 2 atau lebih dalam kedalaman suatu domain, %1 atau lebih dalam keluasan, atau dalam tingkat yang paling sering muncul.</translation>
    </message>
    <message>
        <source>Candidates whose submitted interviews differ by 2 or more in a domain&apos;s depth, by %1 or more in breadth, or in their most frequent level.</source>
        <translation>Kandidat yang wawancara terkirimnya berselisih 2 atau lebih dalam kedalaman suatu domain, %1 atau lebih dalam keluasan, atau dalam tingkat yang paling sering muncul.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::CommitteeRecorder</name>
    <message>
        <source>Could not record the decision.</source>
        <translation>Tidak dapat mencatat keputusan.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Dicatat: %1.</translation>
    </message>
    <message>
        <source>Could not record the placement.</source>
        <translation>Tidak dapat mencatat penempatan.</translation>
    </message>
    <message>
        <source>Recorded the committee&apos;s placement beside the formula&apos;s.</source>
        <translation>Penempatan komite dicatat di samping penempatan dari rumus.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DecisionDialog</name>
    <message>
        <source>Record Decision — %1</source>
        <translation>Catat Keputusan — %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>&amp;1 Advance</source>
        <translation>&amp;1 Lanjutkan</translation>
    </message>
    <message>
        <source>&amp;2 Hire</source>
        <translation>&amp;2 Rekrut</translation>
    </message>
    <message>
        <source>&amp;3 No hire</source>
        <translation>&amp;3 Jangan rekrut</translation>
    </message>
    <message>
        <source>&amp;4 Hold</source>
        <translation>&amp;4 Tunda</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Why: the evidence the committee weighed, and what would change the decision.</source>
        <translation>Mengapa: bukti yang ditimbang komite, dan apa yang akan mengubah keputusan.</translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <source>Earlier decisions stay in the candidate&apos;s history.</source>
        <translation>Keputusan sebelumnya tetap ada di riwayat kandidat.</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>Catat Keputusan</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DemandDelegate</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Required depth</source>
        <translation>Kedalaman yang dibutuhkan</translation>
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
        <translation>Id domain: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Required depth</source>
        <translation>Kedalaman yang dibutuhkan</translation>
    </message>
    <message>
        <source>What that depth means</source>
        <translation>Arti kedalaman tersebut</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DomainDepthChart</name>
    <message>
        <source>Depth per domain chart</source>
        <translation>Diagram kedalaman per domain</translation>
    </message>
    <message>
        <source>Candidate&apos;s depth</source>
        <translation>Kedalaman kandidat</translation>
    </message>
    <message>
        <source>Role requires</source>
        <translation>Kebutuhan peran</translation>
    </message>
    <message>
        <source>Depth (0-4)</source>
        <translation>Kedalaman (0-4)</translation>
    </message>
    <message>
        <source>%1: candidate %2, role requires %3</source>
        <translation>%1: kandidat %2, peran memerlukan %3</translation>
    </message>
    <message>
        <source>No domain depth yet.</source>
        <translation>Belum ada kedalaman domain.</translation>
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
        <translation>Koreksi (versi %1)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wawancara</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded under the name %1, not yours (%2): only %1 reopens it. You may discard it.</source>
        <translation>Dicatat atas nama %1, bukan nama Anda (%2): hanya %1 yang dapat membukanya kembali. Anda boleh membuangnya.</translation>
    </message>
    <message>
        <source>An amendment of a submitted interview, in progress: the submitted version stays as it is until this one is submitted.</source>
        <translation>Koreksi atas wawancara yang sudah dikirim, sedang dikerjakan: versi yang dikirim tetap seperti adanya sampai koreksi ini dikirim.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Pewawancara</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::DraftWriter</name>
    <message>
        <source>No regret has been recorded yet.</source>
        <translation>Belum ada penyesalan yang dicatat.</translation>
    </message>
    <message>
        <source>Regret %1 has no level.</source>
        <translation>Penyesalan %1 belum memiliki tingkat.</translation>
    </message>
    <message>
        <source>Regret %1 needs a domain.</source>
        <translation>Penyesalan %1 memerlukan domain.</translation>
    </message>
    <message>
        <source>Regret %1 names a domain that does not exist.</source>
        <translation>Penyesalan %1 menyebut domain yang tidak ada.</translation>
    </message>
    <message>
        <source>Regret %1 has no depth rating.</source>
        <translation>Penyesalan %1 belum memiliki nilai kedalaman.</translation>
    </message>
    <message>
        <source>The interview was not submitted. %1</source>
        <translation>Wawancara tidak dikirim. %1</translation>
    </message>
    <message>
        <source>A note could not be saved.</source>
        <translation>Catatan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>A regret could not be saved.</source>
        <translation>Penyesalan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The current stage and the line being typed could not be saved.</source>
        <translation>Tahap saat ini dan baris yang sedang diketik tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>A probe tick could not be saved.</source>
        <translation>Centang pertanyaan lanjutan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The journal %1 cannot keep it either.</source>
        <translation>Jurnal %1 juga tidak dapat menyimpannya.</translation>
    </message>
    <message>
        <source>The journal %1 cannot keep it either (%2).</source>
        <translation>Jurnal %1 juga tidak dapat menyimpannya (%2).</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceActions</name>
    <message>
        <source>&amp;Open Interview</source>
        <translation>&amp;Buka Wawancara</translation>
    </message>
    <message>
        <source>Open the interview in its own window: read-only once submitted, an earlier version as it was sealed</source>
        <translation>Buka wawancara di jendelanya sendiri: hanya-baca setelah dikirim, versi sebelumnya seperti saat disegel</translation>
    </message>
    <message>
        <source>&amp;Amend Interview…</source>
        <translation>&amp;Ubah Wawancara…</translation>
    </message>
    <message>
        <source>Correct your submitted interview in a new version, with a written reason; the submitted version is kept</source>
        <translation>Perbaiki wawancara Anda yang sudah dikirim dalam versi baru, dengan alasan tertulis; versi yang dikirim tetap disimpan</translation>
    </message>
    <message>
        <source>%1 opens it read-only.</source>
        <translation>%1 membukanya dalam mode hanya-baca.</translation>
    </message>
    <message>
        <source>%1 opens it to go on with it.</source>
        <translation>%1 membukanya untuk dilanjutkan.</translation>
    </message>
    <message>
        <source>%1 amends it: a new version with a written reason; this one is kept.</source>
        <translation>%1 mengubahnya: versi baru dengan alasan tertulis; versi ini tetap disimpan.</translation>
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
        <translation>Detail bukti</translation>
    </message>
    <message>
        <source>Select an interview, regret or note to read it in full.</source>
        <translation>Pilih wawancara, penyesalan, atau catatan untuk membaca isinya secara lengkap.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>dikirim</translation>
    </message>
    <message>
        <source>draft, not counted</source>
        <translation>draf, tidak dihitung</translation>
    </message>
    <message>
        <source>Interview by %1, %2</source>
        <translation>Wawancara oleh %1, %2</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Penyesalan %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>depth %1, %2</source>
        <translation>kedalaman %1, %2</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Lapisan: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Sistemnya</translation>
    </message>
    <message>
        <source>The decision they would reverse</source>
        <translation>Keputusan yang ingin mereka batalkan</translation>
    </message>
    <message>
        <source>Why it was wrong</source>
        <translation>Mengapa keputusan itu keliru</translation>
    </message>
    <message>
        <source>What they would do instead</source>
        <translation>Apa yang akan mereka lakukan sebagai gantinya</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Apa kerugiannya</translation>
    </message>
    <message>
        <source>Quote at %1, %2</source>
        <translation>Kutipan pada %1, %2</translation>
    </message>
    <message>
        <source>Note at %1, %2</source>
        <translation>Catatan pada %1, %2</translation>
    </message>
    <message>
        <source>Interview by %1</source>
        <translation>Wawancara oleh %1</translation>
    </message>
    <message>
        <source>Submitted: its regrets count for breadth, depth and fit.</source>
        <translation>Dikirim: penyesalan di dalamnya dihitung untuk keluasan, kedalaman, dan kecocokan.</translation>
    </message>
    <message>
        <source>Draft: nothing in it counts until the interviewer submits it.</source>
        <translation>Draf: tidak ada isinya yang dihitung sampai pewawancara mengirimkannya.</translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation>
            <numerusform>%n penyesalan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the interview by %2</source>
        <translation>Versi %1 dari wawancara oleh %2</translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted. It no longer counts: the current version does.</source>
        <translation>Disimpan persis seperti saat dikirim. Versi ini tidak lagi dihitung: versi terkini yang dihitung.</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Versi %1, %2</translation>
    </message>
    <message>
        <source>Modified after submission: its rows no longer match what was sealed.</source>
        <translation>Diubah setelah dikirim: barisnya tidak lagi cocok dengan yang disegel.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceGapModel</name>
    <message>
        <source>Not probed</source>
        <translation>Belum digali</translation>
    </message>
    <message>
        <source>Probed, shallow</source>
        <translation>Digali, dangkal</translation>
    </message>
    <message>
        <source>Probed, enough</source>
        <translation>Digali, cukup</translation>
    </message>
    <message>
        <source>No submitted interview asked about this. That is missing evidence, not a weakness: probe it in the next interview.</source>
        <translation>Belum ada wawancara terkirim yang menanyakan hal ini. Itu berarti bukti belum ada, bukan kelemahan: gali hal ini di wawancara berikutnya.</translation>
    </message>
    <message>
        <source>Probed, but the answers stayed below the depth the role needs.</source>
        <translation>Sudah digali, tetapi jawabannya tetap di bawah kedalaman yang dibutuhkan peran.</translation>
    </message>
    <message>
        <source>Touched only by regrets rated below 2, which do not count for breadth.</source>
        <translation>Hanya disentuh oleh penyesalan yang dinilai di bawah 2, yang tidak dihitung untuk keluasan.</translation>
    </message>
    <message>
        <source>Probed at the depth that counts.</source>
        <translation>Sudah digali pada kedalaman yang diperhitungkan.</translation>
    </message>
    <message>
        <source>Demanded domain</source>
        <translation>Domain yang dibutuhkan</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%1 dari %2 yang dibutuhkan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Domain or layer</source>
        <translation>Domain atau lapisan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Wawancara</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::EvidenceView</name>
    <message>
        <source>Interviews, regrets and notes</source>
        <translation>Wawancara, penyesalan, dan catatan</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExplanationHtml</name>
    <message>
        <source>(no decision written down)</source>
        <translation>(tidak ada keputusan yang dicatat)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>depth %1 (%2)</source>
        <translation>kedalaman %1 (%2)</translation>
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
        <translation>Belum ada yang dapat ditempatkan.</translation>
    </message>
    <message>
        <source>Breadth, depth and fit come from submitted interviews only, and this candidate has none.</source>
        <translation>Keluasan, kedalaman, dan kecocokan hanya berasal dari wawancara yang sudah dikirim, dan kandidat ini belum memilikinya.</translation>
    </message>
    <message>
        <source>Breadth %1.</source>
        <translation>Keluasan %1.</translation>
    </message>
    <message numerus="yes">
        <source>No regret rated 2 or deeper touched a stack layer, in %n submitted interview(s).</source>
        <translation>
            <numerusform>Tidak ada penyesalan bernilai 2 atau lebih dalam yang menyentuh lapisan stack, dalam %n wawancara yang dikirim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share of the %1 stack layers each interview reached with a regret rated 2 or deeper, averaged over %n submitted interview(s). Layers reached: %2.</source>
        <translation>
            <numerusform>Proporsi dari %1 lapisan stack yang dicapai setiap wawancara dengan penyesalan bernilai 2 atau lebih dalam, dirata-ratakan atas %n wawancara yang dikirim. Lapisan yang dicapai: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Depth %1.</source>
        <translation>Kedalaman %1.</translation>
    </message>
    <message>
        <source>No domain-specific or mixed regret was rated above 0.</source>
        <translation>Tidak ada penyesalan spesifik domain atau campuran yang dinilai di atas 0.</translation>
    </message>
    <message>
        <source>Shape: %1.</source>
        <translation>Profil: %1.</translation>
    </message>
    <message>
        <source>The role&apos;s target is breadth %1 and depth %2, which calls for a %3.</source>
        <translation>Target peran ini adalah keluasan %1 dan kedalaman %2, sehingga membutuhkan profil %3.</translation>
    </message>
    <message>
        <source>depth short of the role</source>
        <translation>kekurangan kedalaman untuk peran</translation>
    </message>
    <message>
        <source>depth short in %1</source>
        <translation>kekurangan kedalaman di %1</translation>
    </message>
    <message>
        <source>= 100 − 6 × %1 (breadth short of the role) − 6 × %2 (%3) − 2 × %4 (depth beyond what the role needs), kept between 0 and 100.</source>
        <translation>= 100 − 6 × %1 (kekurangan keluasan untuk peran) − 6 × %2 (%3) − 2 × %4 (kedalaman melebihi kebutuhan peran), dibatasi antara 0 dan 100.</translation>
    </message>
    <message>
        <source>Fit %1</source>
        <translation>Kecocokan %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <source>%n draft interview(s) not counted until submitted.</source>
        <translation>
            <numerusform>%n draf wawancara tidak dihitung sampai dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deepest domain is %1, rated %2 of 4 on average over the interviews that reached it; depth is that rating times %3.</source>
        <translation>Domain terdalam adalah %1, dengan nilai rata-rata %2 dari 4 pada wawancara yang menjangkaunya; kedalaman adalah nilai tersebut dikalikan %3.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExplanationView</name>
    <message>
        <source>Why this candidate is here</source>
        <translation>Mengapa kandidat ini ada di sini</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ExportDialog</name>
    <message>
        <source>&amp;Blind: show candidates as Candidate A, B, … and leave names out</source>
        <translation>&amp;Anonim: tampilkan kandidat sebagai Kandidat A, B, … tanpa nama</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>&amp;Candidate summary (select a candidate first)</source>
        <translation>&amp;Ringkasan kandidat (pilih kandidat terlebih dahulu)</translation>
    </message>
    <message>
        <source>&amp;Candidate summary of %1 (PDF)</source>
        <translation>&amp;Ringkasan kandidat %1 (PDF)</translation>
    </message>
    <message>
        <source>The chart, the figures and why, every regret with the notes and quotes behind its rating</source>
        <translation>Diagram, angka beserta penjelasannya, serta setiap penyesalan dengan catatan dan kutipan di balik penilaiannya</translation>
    </message>
    <message>
        <source>the selected role</source>
        <translation>peran yang dipilih</translation>
    </message>
    <message>
        <source>Committee &amp;pack for %1 (PDF)</source>
        <translation>&amp;Paket komite untuk %1 (PDF)</translation>
    </message>
    <message>
        <source>The role&apos;s profile and chart, the comparison, disagreements, evidence gaps and decisions, then a summary per candidate</source>
        <translation>Profil dan diagram peran, perbandingan, ketidaksepakatan, celah bukti, dan keputusan, lalu ringkasan per kandidat</translation>
    </message>
    <message>
        <source>Interview &amp;kit for %1 (PDF)</source>
        <translation>Panduan &amp;wawancara untuk %1 (PDF)</translation>
    </message>
    <message>
        <source>The guided question on paper: stages, prompts and probes, the depth scale, the levels and ruled space for notes</source>
        <translation>Pertanyaan terpandu di atas kertas: tahap, pertanyaan utama dan pertanyaan lanjutan, skala kedalaman, tingkatan, serta ruang bergaris untuk catatan</translation>
    </message>
    <message>
        <source>&amp;Data of %1 (Hindsight JSON)</source>
        <translation>&amp;Data %1 (JSON Hindsight)</translation>
    </message>
    <message>
        <source>The role and its candidates with interviews, notes and decisions, for another Hindsight to import</source>
        <translation>Peran beserta kandidatnya, lengkap dengan wawancara, catatan, dan keputusan, untuk diimpor ke Hindsight lain</translation>
    </message>
    <message>
        <source>&amp;All data (Hindsight JSON)</source>
        <translation>&amp;Semua data (JSON Hindsight)</translation>
    </message>
    <message>
        <source>Every role and candidate in this database</source>
        <translation>Semua peran dan kandidat dalam basis data ini</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Pratinjau &amp;Cetak…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Ceta&amp;k…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Reports carry interview notes: they are marked confidential on every page. A file is written whole or not at all.</source>
        <translation>Laporan memuat catatan wawancara, sehingga setiap halamannya ditandai rahasia. Berkas ditulis secara utuh atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>committee-pack-%1-blind.pdf</source>
        <translation>paket-komite-%1-anonim.pdf</translation>
    </message>
    <message>
        <source>committee-pack-%1.pdf</source>
        <translation>paket-komite-%1.pdf</translation>
    </message>
    <message>
        <source>interview-kit-%1.pdf</source>
        <translation>panduan-wawancara-%1.pdf</translation>
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
        <translation>Laporan Gagal</translation>
    </message>
    <message>
        <source>The report could not be read from the database.</source>
        <translation>Data laporan tidak dapat dibaca dari basis data.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Dokumen PDF (*.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Hindsight JSON (*.json);;All files (*)</source>
        <translation>JSON Hindsight (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Ekspor Gagal</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Tidak ada yang ditulis ke %1.</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Pratinjau Cetak: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Cetak %1</translation>
    </message>
    <message>
        <source>Choose what to export</source>
        <translation>Pilih yang akan diekspor</translation>
    </message>
    <message>
        <source>candidate-summary-%1.pdf</source>
        <translation>ringkasan-kandidat-%1.pdf</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>Pencetakan Gagal</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Diekspor ke %1.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::FiguresPanel</name>
    <message>
        <source>Fit for the role</source>
        <translation>Kecocokan dengan peran</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Role asks for %1</source>
        <translation>Peran meminta %1</translation>
    </message>
    <message>
        <source>Role calls for a %1</source>
        <translation>Peran membutuhkan profil %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Fit: not scored, no submitted interview</source>
        <translation>Kecocokan: belum dinilai, tidak ada wawancara yang dikirim</translation>
    </message>
    <message>
        <source>Scored once an interview is submitted</source>
        <translation>Dinilai setelah wawancara dikirim</translation>
    </message>
    <message>
        <source>Breadth: not scored</source>
        <translation>Keluasan: belum dinilai</translation>
    </message>
    <message>
        <source>Depth: not scored</source>
        <translation>Kedalaman: belum dinilai</translation>
    </message>
    <message>
        <source>Shape: not scored</source>
        <translation>Profil: belum dinilai</translation>
    </message>
    <message>
        <source>Fit %1 out of 100</source>
        <translation>Kecocokan %1 dari 100</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>dari 100</translation>
    </message>
    <message>
        <source>Breadth %1 out of 10</source>
        <translation>Keluasan %1 dari 10</translation>
    </message>
    <message>
        <source>Depth %1 out of 10</source>
        <translation>Kedalaman %1 dari 10</translation>
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
        <translation>%1 (belum digali: tanyakan tentang %2)</translation>
    </message>
    <message>
        <source>No submitted interview asked about %1, so the depth the role needs there is missing evidence, not a weakness: ask about it before weighing the fit.</source>
        <translation>Belum ada wawancara terkirim yang menanyakan tentang %1, jadi kedalaman yang dibutuhkan peran di sana berarti bukti belum ada, bukan kelemahan: tanyakan hal itu sebelum menimbang kecocokan.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::HistoryModel</name>
    <message>
        <source>Decision: %1</source>
        <translation>Keputusan: %1</translation>
    </message>
    <message>
        <source>Placement: %1, breadth %2, depth %3</source>
        <translation>Penempatan: %1, keluasan %2, kedalaman %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Mengapa</translation>
    </message>
    <message>
        <source>Merged another record of this candidate into this one</source>
        <translation>Catatan lain dari kandidat ini digabungkan ke catatan ini</translation>
    </message>
    <message>
        <source>Merged %1 into this candidate</source>
        <translation>%1 digabungkan ke kandidat ini</translation>
    </message>
    <message>
        <source>The same person</source>
        <translation>Orang yang sama</translation>
    </message>
    <message>
        <source>The same person; their record had the e-mail %1</source>
        <translation>Orang yang sama; catatannya memiliki e-mail %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ImportReviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <source>Importing %1 will do this. Nothing has been written yet.</source>
        <translation>Mengimpor %1 akan melakukan ini. Belum ada yang ditulis.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Apa yang akan dilakukan impor</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewActions</name>
    <message>
        <source>&amp;Submit Interview</source>
        <translation>&amp;Kirim Wawancara</translation>
    </message>
    <message>
        <source>Check that every regret is tagged and rated, then seal the interview</source>
        <translation>Periksa bahwa setiap penyesalan sudah ditandai dan dinilai, lalu segel wawancara</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Tutup Jendela</translation>
    </message>
    <message>
        <source>Save everything and close the interview; the draft reopens where it was</source>
        <translation>Simpan semuanya dan tutup wawancara; draf akan dibuka kembali di posisi terakhir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Undo the last note or tag change</source>
        <translation>Urungkan perubahan catatan atau tanda terakhir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulan&amp;gi</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Ulangi yang telah diurungkan</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>&amp;Sunting Catatan</translation>
    </message>
    <message>
        <source>Edit the selected note, or the last one</source>
        <translation>Sunting catatan yang dipilih, atau yang terakhir</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Hapus Catatan</translation>
    </message>
    <message>
        <source>Delete the selected note in the log</source>
        <translation>Hapus catatan yang dipilih di log</translation>
    </message>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation>Tandai sebagai &amp;Kutipan</translation>
    </message>
    <message>
        <source>Mark the selected note, or the last one, as the candidate&apos;s own words</source>
        <translation>Tandai catatan yang dipilih, atau yang terakhir, sebagai kata-kata kandidat sendiri</translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation>Tahap &amp;Berikutnya</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>Pindah ke tahap berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous Stage</source>
        <translation>Tahap &amp;Sebelumnya</translation>
    </message>
    <message>
        <source>Move back to the previous stage</source>
        <translation>Kembali ke tahap sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Another Regret</source>
        <translation>Penyesalan &amp;Lain</translation>
    </message>
    <message>
        <source>Start a new regret and go back to the decision stage</source>
        <translation>Mulai penyesalan baru dan kembali ke tahap keputusan</translation>
    </message>
    <message>
        <source>Ne&amp;xt Regret</source>
        <translation>Penyesalan Beri&amp;kutnya</translation>
    </message>
    <message>
        <source>Make the next regret the one being discussed</source>
        <translation>Jadikan penyesalan berikutnya sebagai yang sedang dibahas</translation>
    </message>
    <message>
        <source>Pre&amp;vious Regret</source>
        <translation>Penyesalan Sebelu&amp;mnya</translation>
    </message>
    <message>
        <source>Make the previous regret the one being discussed</source>
        <translation>Jadikan penyesalan sebelumnya sebagai yang sedang dibahas</translation>
    </message>
    <message>
        <source>&amp;Product-level</source>
        <translation>Tingkat &amp;Produk</translation>
    </message>
    <message>
        <source>Tag the current regret as product-level</source>
        <translation>Tandai penyesalan saat ini sebagai tingkat produk</translation>
    </message>
    <message>
        <source>&amp;Domain-specific</source>
        <translation>Spesifik &amp;Domain</translation>
    </message>
    <message>
        <source>Tag the current regret as domain-specific</source>
        <translation>Tandai penyesalan saat ini sebagai spesifik domain</translation>
    </message>
    <message>
        <source>&amp;Mixed</source>
        <translation>&amp;Campuran</translation>
    </message>
    <message>
        <source>Tag the current regret as mixed</source>
        <translation>Tandai penyesalan saat ini sebagai campuran</translation>
    </message>
    <message>
        <source>&amp;Unclear</source>
        <translation>&amp;Tidak Jelas</translation>
    </message>
    <message>
        <source>Tag the current regret as unclear</source>
        <translation>Tandai penyesalan saat ini sebagai tidak jelas</translation>
    </message>
    <message>
        <source>Choose Do&amp;main…</source>
        <translation>Pilih Do&amp;main…</translation>
    </message>
    <message>
        <source>Type part of the domain&apos;s name, then Enter</source>
        <translation>Ketik sebagian nama domain, lalu tekan Enter</translation>
    </message>
    <message>
        <source>Depth &amp;%1</source>
        <translation>Kedalaman &amp;%1</translation>
    </message>
    <message>
        <source>Rate the current regret&apos;s depth %1</source>
        <translation>Beri nilai kedalaman %1 untuk penyesalan saat ini</translation>
    </message>
    <message>
        <source>&amp;Product or Domain?</source>
        <translation>&amp;Produk atau Domain?</translation>
    </message>
    <message>
        <source>What separates a product-level from a domain-specific regret</source>
        <translation>Apa yang membedakan penyesalan tingkat produk dari penyesalan spesifik domain</translation>
    </message>
    <message>
        <source>Toggle the layer %1 on the current regret</source>
        <translation>Aktifkan atau nonaktifkan lapisan %1 pada penyesalan saat ini</translation>
    </message>
    <message>
        <source>Tick Probe &amp;%1</source>
        <translation>Centang Pertanyaan Lanjutan &amp;%1</translation>
    </message>
    <message>
        <source>Mark probe %1 of this stage as asked</source>
        <translation>Tandai pertanyaan lanjutan %1 di tahap ini sebagai sudah ditanyakan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>Save everything and close Hindsight, as Quit in the main window does</source>
        <translation>Simpan semuanya dan tutup Hindsight, seperti Keluar di jendela utama</translation>
    </message>
    <message>
        <source>&amp;Use Last Note as Answer</source>
        <translation>Gunakan Catatan Terakhir sebagai &amp;Jawaban</translation>
    </message>
    <message>
        <source>Put the last note into the current regret&apos;s field for this stage</source>
        <translation>Masukkan catatan terakhir ke kolom penyesalan saat ini untuk tahap ini</translation>
    </message>
    <message>
        <source>%1: into the current regret&apos;s field for this stage (System, Decision, Why and cost, Instead, Impact); added on a new line when the field already has text</source>
        <translation>%1: ke kolom penyesalan saat ini untuk tahap ini (Sistem, Keputusan, Alasan dan biaya, Alternatif, Dampak); ditambahkan di baris baru bila kolom sudah berisi teks</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s system: what they built, at what scale</source>
        <translation>Ke sistem penyesalan saat ini: apa yang mereka bangun, pada skala apa</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Keputusan</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s decision</source>
        <translation>Ke keputusan penyesalan saat ini</translation>
    </message>
    <message>
        <source>&amp;Why and Cost</source>
        <translation>Alasan dan &amp;Biaya</translation>
    </message>
    <message>
        <source>Go to how the current regret was found out and what it cost</source>
        <translation>Ke bagaimana penyesalan saat ini diketahui dan berapa biayanya</translation>
    </message>
    <message>
        <source>I&amp;nstead</source>
        <translation>A&amp;lternatif</translation>
    </message>
    <message>
        <source>Go to what they would do instead</source>
        <translation>Ke apa yang akan mereka lakukan sebagai gantinya</translation>
    </message>
    <message>
        <source>Impa&amp;ct</source>
        <translation>&amp;Dampak</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s impact</source>
        <translation>Ke dampak penyesalan saat ini</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Tingkat</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s level</source>
        <translation>Ke tingkat penyesalan saat ini</translation>
    </message>
    <message>
        <source>Do&amp;main</source>
        <translation>Do&amp;main</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s domain</source>
        <translation>Ke domain penyesalan saat ini</translation>
    </message>
    <message>
        <source>De&amp;pth</source>
        <translation>K&amp;edalaman</translation>
    </message>
    <message>
        <source>Go to the current regret&apos;s depth</source>
        <translation>Ke kedalaman penyesalan saat ini</translation>
    </message>
    <message>
        <source>&amp;Amend Interview…</source>
        <translation>&amp;Ubah Wawancara…</translation>
    </message>
    <message>
        <source>Correct this submitted interview in a new version, with a written reason; this version is kept</source>
        <translation>Perbaiki wawancara yang sudah dikirim ini dalam versi baru, dengan alasan tertulis; versi ini tetap disimpan</translation>
    </message>
    <message>
        <source>Save Notes &amp;As…</source>
        <translation>Simpan Catatan &amp;Sebagai…</translation>
    </message>
    <message>
        <source>Write this interview&apos;s notes and answers to a text file of your choice</source>
        <translation>Tulis catatan dan jawaban wawancara ini ke berkas teks pilihan Anda</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewAmender</name>
    <message>
        <source>the interview by %1 with %2 of %3</source>
        <translation>wawancara oleh %1 dengan %2 pada %3</translation>
    </message>
    <message>
        <source>Amend Interview</source>
        <translation>Ubah Wawancara</translation>
    </message>
    <message>
        <source>A draft is not amended: it can still be edited as it is.</source>
        <translation>Draf tidak diubah lewat perubahan: draf masih dapat disunting langsung.</translation>
    </message>
    <message>
        <source>Version %1 was replaced by an amendment; only the current version can be amended.</source>
        <translation>Versi %1 sudah diganti oleh perubahan; hanya versi terkini yang dapat diubah.</translation>
    </message>
    <message>
        <source>Only %1, who submitted this interview, may amend it (you are %2).</source>
        <translation>Hanya %1, yang mengirim wawancara ini, yang boleh mengubahnya (Anda adalah %2).</translation>
    </message>
    <message>
        <source>Could not read the interview.</source>
        <translation>Tidak dapat membaca wawancara.</translation>
    </message>
    <message>
        <source>You cannot amend %1.</source>
        <translation>Anda tidak dapat mengubah %1.</translation>
    </message>
    <message>
        <source>Could not amend %1.</source>
        <translation>Tidak dapat mengubah %1.</translation>
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
        <translation>Alasan yang diberikan: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2, amended %3.</source>
        <translation>Versi %1 dari %2, diubah %3.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Modified after submission.&lt;/b&gt; The notes or tags below no longer match what was sealed when this interview was submitted; treat them with care.</source>
        <translation>&lt;b&gt;Diubah setelah dikirim.&lt;/b&gt; Catatan atau tanda di bawah ini tidak lagi sesuai dengan yang disegel saat wawancara ini dikirim; gunakan dengan hati-hati.</translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted, read-only. It no longer counts for the candidate&apos;s figures: the current version does.</source>
        <translation>Disimpan persis seperti saat dikirim, hanya-baca. Versi ini tidak lagi dihitung dalam angka kandidat: versi terkini yang dihitung.</translation>
    </message>
    <message>
        <source>Sealed, read-only, and counts for the candidate&apos;s figures. The earlier versions stay readable from the candidate page.</source>
        <translation>Disegel, hanya-baca, dan dihitung dalam angka kandidat. Versi sebelumnya tetap dapat dibaca dari halaman kandidat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submitted.&lt;/b&gt; This interview is sealed and counts for the candidate&apos;s figures; it is shown read-only.</source>
        <translation>&lt;b&gt;Dikirim.&lt;/b&gt; Wawancara ini sudah disegel dan dihitung dalam angka kandidat; wawancara ditampilkan dalam mode hanya-baca.</translation>
    </message>
    <message>
        <source>Amending: this will be version %1, replacing version %2.</source>
        <translation>Mengubah: ini akan menjadi versi %1, menggantikan versi %2.</translation>
    </message>
    <message>
        <source>Version %1 stays as it was submitted, and counts, until you submit this amendment (Ctrl+Return). Everyone will see the reason.</source>
        <translation>Versi %1 tetap seperti saat dikirim, dan tetap dihitung, sampai Anda mengirim perubahan ini (Ctrl+Return). Semua orang akan melihat alasannya.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewEvidenceModel</name>
    <message>
        <source>Draft: %1</source>
        <translation>Draf: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation>
            <numerusform>%n penyesalan</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview by %1 · %2 · submitted · %3</source>
        <translation>Wawancara oleh %1 · %2 · dikirim · %3</translation>
    </message>
    <message>
        <source>Draft by %1 · %2 · not counted until submitted · %3</source>
        <translation>Draf oleh %1 · %2 · tidak dihitung sebelum dikirim · %3</translation>
    </message>
    <message>
        <source>Regret %1 (no decision written down)</source>
        <translation>Penyesalan %1 (tidak ada keputusan yang dicatat)</translation>
    </message>
    <message>
        <source>%1, quote</source>
        <translation>%1, kutipan</translation>
    </message>
    <message>
        <source>Submitted: counts for the figures above.</source>
        <translation>Dikirim: dihitung dalam angka di atas.</translation>
    </message>
    <message>
        <source>Draft: not counted until the interviewer submits it.</source>
        <translation>Draf: tidak dihitung sampai pewawancara mengirimkannya.</translation>
    </message>
    <message>
        <source>Depth %1, %2: %3</source>
        <translation>Kedalaman %1, %2: %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Level / stage</source>
        <translation>Tingkat / tahap</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <source>Interview by %1 · %2 · submitted, %3 · %4</source>
        <translation>Wawancara oleh %1 · %2 · dikirim, %3 · %4</translation>
    </message>
    <message>
        <source>Draft by %1 · not counted until submitted · %2 · %3</source>
        <translation>Draf oleh %1 · tidak dihitung sebelum dikirim · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Submitted: counts for the figures above. %1</source>
        <translation>Dikirim: dihitung dalam angka di atas. %1</translation>
    </message>
    <message>
        <source>Kept exactly as it was submitted; it no longer counts. Enter opens it read-only.</source>
        <translation>Disimpan persis seperti saat dikirim; tidak lagi dihitung. Enter membukanya dalam mode hanya-baca.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewHeader</name>
    <message>
        <source>Time since the interview started</source>
        <translation>Waktu sejak wawancara dimulai</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <source>Interviewed by %1</source>
        <translation>Diwawancarai oleh %1</translation>
    </message>
    <message>
        <source>%1 · interviewed by %2</source>
        <translation>%1 · diwawancarai oleh %2</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Waktu berjalan %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Save state: %1</source>
        <translation>Status penyimpanan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Elapsed %1, past the time budget of %n minute(s)</source>
        <translation>
            <numerusform>Waktu berjalan %1, melewati batas waktu %n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Past the time budget of %n minute(s): the interview started at %1.</source>
        <translation>
            <numerusform>Batas waktu %n menit terlewati: wawancara dimulai pada %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time since the interview started at %1; the time budget is %n minute(s).</source>
        <translation>
            <numerusform>Waktu sejak wawancara dimulai pada %1; batas waktunya %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Kept in journal</source>
        <translation>Disimpan di jurnal</translation>
    </message>
    <message>
        <source>Offline, kept on this laptop</source>
        <translation>Luring, disimpan di laptop ini</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewKit</name>
    <message>
        <source>Interview kit: %1</source>
        <translation>Panduan wawancara: %1</translation>
    </message>
    <message>
        <source>Interview kit</source>
        <translation>Panduan wawancara</translation>
    </message>
    <message>
        <source>Candidate: ____________________________    Interviewer: ____________________________    Date: ______________</source>
        <translation>Kandidat: ____________________________    Pewawancara: ____________________________    Tanggal: ______________</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>Pertanyaan utama.</translation>
    </message>
    <message>
        <source>“Describe a system you built, and a decision you would reverse if you started over.” Take the stages in order; tick a probe when you ask it; after each regret, fill in its rating grid. Tag what the regret is about, not how senior the candidate sounds.</source>
        <translation>“Jelaskan sistem yang pernah Anda bangun, dan satu keputusan yang akan Anda batalkan jika memulainya dari awal.” Ikuti tahapannya secara berurutan; centang pertanyaan lanjutan saat Anda menanyakannya; setelah setiap penyesalan, isi tabel penilaiannya. Tandai apa yang menjadi pokok penyesalan, bukan seberapa senior kandidat terdengar.</translation>
    </message>
    <message>
        <source>%1 (depth %2)</source>
        <translation>%1 (kedalaman %2)</translation>
    </message>
    <message>
        <source>What the role needs.</source>
        <translation>Kebutuhan peran.</translation>
    </message>
    <message>
        <source>Breadth %1 of 10; no specialist domain is demanded.</source>
        <translation>Keluasan %1 dari 10; tidak ada domain spesialis yang dibutuhkan.</translation>
    </message>
    <message>
        <source>Breadth %1 of 10; depth in %2.</source>
        <translation>Keluasan %1 dari 10; kedalaman di %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The guided question</source>
        <translation>Pertanyaan terpandu</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>For a product-level regret:</source>
        <translation>Untuk penyesalan tingkat produk:</translation>
    </message>
    <message>
        <source>For a domain-specific or mixed regret:</source>
        <translation>Untuk penyesalan spesifik domain atau campuran:</translation>
    </message>
    <message>
        <source>While the level is still unclear:</source>
        <translation>Selama tingkatnya masih belum jelas:</translation>
    </message>
    <message>
        <source>Rating each regret</source>
        <translation>Menilai setiap penyesalan</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Penyesalan %1</translation>
    </message>
    <message>
        <source>The decision:</source>
        <translation>Keputusannya:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Layers touched:</source>
        <translation>Lapisan yang tersentuh:</translation>
    </message>
    <message>
        <source>The anchored depth scale</source>
        <translation>Skala kedalaman berjangkar</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Singkatnya</translation>
    </message>
    <message>
        <source>The answer…</source>
        <translation>Jawabannya…</translation>
    </message>
    <message>
        <source>The levels</source>
        <translation>Tingkatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
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
        <translation>Tidak dapat membuka wawancara.</translation>
    </message>
    <message>
        <source>The interview cannot open until its kept notes are written.</source>
        <translation>Wawancara tidak dapat dibuka sampai catatan yang disimpan sementara ditulis.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewSession</name>
    <message>
        <source>Regret %1</source>
        <translation>Penyesalan %1</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Tandai sebagai %1</translation>
    </message>
    <message>
        <source>Set Domain</source>
        <translation>Tetapkan Domain</translation>
    </message>
    <message>
        <source>Rate Depth %1</source>
        <translation>Nilai Kedalaman %1</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Tambah Lapisan</translation>
    </message>
    <message>
        <source>Remove Layer</source>
        <translation>Hapus Lapisan</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Tambah Catatan</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Hapus Catatan</translation>
    </message>
    <message>
        <source>Mark as Quote</source>
        <translation>Tandai sebagai Kutipan</translation>
    </message>
    <message>
        <source>Unmark Quote</source>
        <translation>Hapus Tanda Kutipan</translation>
    </message>
    <message>
        <source>Use Last Note as Answer</source>
        <translation>Gunakan Catatan Terakhir sebagai Jawaban</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::InterviewVersions</name>
    <message>
        <source>Amending · version %1</source>
        <translation>Mengubah · versi %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versi %1 dari %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This window was opened without the database.</source>
        <translation>Jendela ini dibuka tanpa basis data.</translation>
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
        <translation>Wawancara dengan %1 — Hindsight</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>Wawanca&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>T&amp;ahap</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tandai</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Lapisan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <source>Regret %1 started at the decision stage.</source>
        <translation>Penyesalan %1 dimulai pada tahap keputusan.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tidak dikirim.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Modified after submission</source>
        <translation>Diubah setelah dikirim</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>This interview is submitted and can no longer change.</source>
        <translation>Wawancara ini sudah dikirim dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Read-only: submitted interviews cannot change.</source>
        <translation>Hanya-baca: wawancara yang sudah dikirim tidak dapat diubah.</translation>
    </message>
    <message>
        <source>&amp;Regret</source>
        <translation>P&amp;enyesalan</translation>
    </message>
    <message>
        <source>Enter adds a note · Ctrl+Right next stage · Ctrl+1/2/3 level · Alt+0…4 depth · Alt+D decision · Ctrl+L last note as answer · Esc back to notes · F1 levels explained · Ctrl+Return submits</source>
        <translation>Enter menambah catatan · Ctrl+Right tahap berikutnya · Ctrl+1/2/3 tingkat · Alt+0…4 kedalaman · Alt+D keputusan · Ctrl+L catatan terakhir sebagai jawaban · Esc kembali ke catatan · F1 penjelasan tingkat · Ctrl+Return mengirim</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LastNoteAnswer</name>
    <message>
        <source>This interview is submitted: its answers can no longer change.</source>
        <translation>Wawancara ini sudah dikirim: jawabannya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>The %1 stage has no answer field; the last note goes into one at System, Decision, Discovery, Instead and Depth probe.</source>
        <translation>Tahap %1 tidak memiliki kolom jawaban; catatan terakhir dapat dimasukkan ke kolom pada tahap Sistem, Keputusan, Penemuan, Alternatif, dan Pendalaman.</translation>
    </message>
    <message>
        <source>There is no note yet: type one and press Enter first.</source>
        <translation>Belum ada catatan: ketik satu dan tekan Enter terlebih dahulu.</translation>
    </message>
    <message>
        <source>The last note is now in %1 of regret %2.</source>
        <translation>Catatan terakhir kini ada di %1 penyesalan %2.</translation>
    </message>
    <message>
        <source>%1 of regret %2 already ends with the last note.</source>
        <translation>%1 penyesalan %2 sudah diakhiri dengan catatan terakhir.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LevelGuide</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Product-level%1&lt;/b&gt; — the regret is about what was built and for whom: scope, the shape of the data, an abstraction nobody needed. Anyone on the team could have made or questioned the decision.&lt;br&gt;&lt;i&gt;Example: “We built a plug-in rule system for pricing when three plain tables would have covered every customer we ever had.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Domain-specific%2&lt;/b&gt; — the regret lives inside one specialist domain: how a broker, a query planner, a consensus protocol or a payment flow behaves underneath. It takes that domain&apos;s knowledge to see why it was wrong.&lt;br&gt;&lt;i&gt;Example: “We rebuilt consumer state by replaying the whole topic on every restart; a compacted topic keyed by account would have made restarts take seconds.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mixed%3&lt;/b&gt; — a product trade-off whose cost only shows with specialist depth; tag its domain too. &lt;b&gt;Unclear%4&lt;/b&gt; — you could not tell from the answer.&lt;/p&gt;&lt;p&gt;Tag what the regret is about, not how senior the candidate sounds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tingkat produk%1&lt;/b&gt; — penyesalan ini menyangkut apa yang dibangun dan untuk siapa: cakupan, bentuk data, abstraksi yang tidak dibutuhkan siapa pun. Siapa pun di tim bisa saja membuat atau mempertanyakan keputusan itu.&lt;br&gt;&lt;i&gt;Contoh: “Kami membangun sistem aturan berbasis plug-in untuk penetapan harga, padahal tiga tabel sederhana sudah cukup untuk semua pelanggan yang pernah kami miliki.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Spesifik domain%2&lt;/b&gt; — penyesalan ini berada di dalam satu domain spesialis: bagaimana broker, query planner, protokol konsensus, atau alur pembayaran berperilaku di balik layar. Dibutuhkan pengetahuan domain tersebut untuk melihat mengapa keputusan itu keliru.&lt;br&gt;&lt;i&gt;Contoh: “Kami membangun ulang state consumer dengan memutar ulang seluruh topic setiap kali restart; topic yang dipadatkan (compacted) dengan kunci akun akan membuat restart hanya butuh hitungan detik.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Campuran%3&lt;/b&gt; — trade-off produk yang biayanya baru terlihat dengan kedalaman spesialis; tandai juga domainnya. &lt;b&gt;Tidak jelas%4&lt;/b&gt; — Anda tidak dapat menentukannya dari jawaban.&lt;/p&gt;&lt;p&gt;Tandai apa yang menjadi pokok penyesalan, bukan seberapa senior kandidat terdengar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::LevelGuideDialog</name>
    <message>
        <source>Product-level or Domain-specific?</source>
        <translation>Tingkat produk atau spesifik domain?</translation>
    </message>
    <message>
        <source>How to tell the levels apart</source>
        <translation>Cara membedakan tingkatannya</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>Wawanca&amp;ra</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
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
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Could not show the candidate.</source>
        <translation>Tidak dapat menampilkan kandidat.</translation>
    </message>
    <message>
        <source>Could not show the role.</source>
        <translation>Tidak dapat menampilkan peran.</translation>
    </message>
    <message>
        <source>Could not read the database.</source>
        <translation>Tidak dapat membaca basis data.</translation>
    </message>
    <message>
        <source>Read the database again.</source>
        <translation>Basis data telah dibaca ulang.</translation>
    </message>
    <message>
        <source>Import Hindsight Data</source>
        <translation>Impor Data Hindsight</translation>
    </message>
    <message>
        <source>Hindsight JSON (*.json);;All files (*)</source>
        <translation>JSON Hindsight (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Impor Gagal</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Tidak ada yang diimpor dari %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Ask a backend candidate which decision they would reverse, and see whether the shape of their experience fits the role.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Tanyakan kepada kandidat backend keputusan mana yang ingin mereka batalkan, lalu lihat apakah profil pengalaman mereka cocok dengan peran.&lt;/p&gt;&lt;p&gt;Perangkat lunak bebas di bawah GNU General Public License, versi 3 atau versi yang lebih baru (GPL-3.0-or-later). Tanpa jaminan apa pun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Hindsight</source>
        <translation>Tentang Hindsight</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n peran</numerusform>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Could not read the roles.</source>
        <translation>Tidak dapat membaca peran.</translation>
    </message>
    <message>
        <source>Could not add the candidate.</source>
        <translation>Tidak dapat menambahkan kandidat.</translation>
    </message>
    <message>
        <source>Added %1. Start the interview with %2.</source>
        <translation>%1 ditambahkan. Mulai wawancara dengan %2.</translation>
    </message>
    <message>
        <source>Select a candidate first, or add one with New Candidate.</source>
        <translation>Pilih kandidat terlebih dahulu, atau tambahkan kandidat dengan Kandidat Baru.</translation>
    </message>
    <message>
        <source>Select a role or one of its candidates first.</source>
        <translation>Pilih peran atau salah satu kandidatnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation>Peran %1 disimpan.</translation>
    </message>
    <message>
        <source>Could not check the database for changes: %1</source>
        <translation>Tidak dapat memeriksa perubahan pada basis data: %1</translation>
    </message>
    <message numerus="yes">
        <source>Interviews now have a time budget of %n minute(s).</source>
        <translation>
            <numerusform>Wawancara kini memiliki batas waktu %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drafts could not be moved to your new name.</source>
        <translation>Draf Anda tidak dapat dipindahkan ke nama baru Anda.</translation>
    </message>
    <message>
        <source>Interviews are now recorded under %1.</source>
        <translation>Wawancara kini dicatat atas nama %1.</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Pilih peran terlebih dahulu.</translation>
    </message>
    <message>
        <source>Nothing to import: everything in %1 is already here.</source>
        <translation>Tidak ada yang diimpor: semua isi %1 sudah ada di sini.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n candidate(s) added, %2 merged.</source>
        <translation>
            <numerusform>Mengimpor %1: %n kandidat ditambahkan, %2 digabung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Server tim: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::MyDraftsDialog</name>
    <message>
        <source>Show drafts under &amp;other names</source>
        <translation>Tampilkan draf atas nama &amp;lain</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Buka Kembali</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>B&amp;uang…</translation>
    </message>
    <message>
        <source>My Drafts</source>
        <translation>Draf Saya</translation>
    </message>
    <message>
        <source>Interviews you began as %1 and have not submitted, the most recently changed first. Reopen one to go on where you left it, or discard one you abandoned.</source>
        <translation>Wawancara yang Anda mulai sebagai %1 dan belum Anda kirim, yang terakhir diubah lebih dulu. Buka kembali salah satunya untuk melanjutkan dari posisi terakhir, atau buang yang sudah Anda tinggalkan.</translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation>Draf Anda</translation>
    </message>
    <message>
        <source>This database file is this computer&apos;s: a draft left under a name used before the interviewer name in the settings changed shows here. It can be discarded, not reopened.</source>
        <translation>Berkas basis data ini milik komputer ini: draf yang tertinggal atas nama yang dipakai sebelum nama pewawancara di pengaturan diubah akan tampil di sini. Draf itu dapat dibuang, tetapi tidak dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Buang Draf</translation>
    </message>
    <message>
        <source>Could not read the drafts: %1</source>
        <translation>Tidak dapat membaca draf: %1</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, dimulai %2</translation>
    </message>
    <message>
        <source>No drafts on this database: every interview begun here has been submitted.</source>
        <translation>Tidak ada draf di basis data ini: setiap wawancara yang dimulai di sini sudah dikirim.</translation>
    </message>
    <message>
        <source>No drafts under your name, %1. A draft is kept from the moment you start an interview until you submit it.</source>
        <translation>Tidak ada draf atas nama Anda, %1. Draf disimpan sejak Anda memulai wawancara sampai Anda mengirimnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) under other names: tick “Show drafts under other names” to see them.</source>
        <translation>
            <numerusform>%n draf atas nama lain: centang “Tampilkan draf atas nama lain” untuk melihatnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded under the name %1, not yours (%2): only %1 reopens it, with that name in the settings. You may discard it.</source>
        <translation>Dicatat atas nama %1, bukan nama Anda (%2): hanya %1 yang dapat membukanya kembali, dengan nama itu di pengaturan. Anda boleh membuangnya.</translation>
    </message>
    <message>
        <source>Open in an interview window: Reopen brings it to the front.</source>
        <translation>Sedang terbuka di jendela wawancara: Buka Kembali menampilkannya di depan.</translation>
    </message>
    <message>
        <source>An amendment in progress: discarding it keeps the submitted version as it is.</source>
        <translation>Koreksi yang sedang dikerjakan: jika dibuang, versi yang dikirim tetap seperti adanya.</translation>
    </message>
    <message>
        <source>The draft with %1 is open in an interview window: close that window first, then discard it.</source>
        <translation>Draf dengan %1 sedang terbuka di jendela wawancara: tutup jendela itu dulu, lalu buang drafnya.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) and everything else recorded in it (regrets, tags, probe ticks, stage times) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%n catatan di dalamnya dan semua hal lain yang tercatat (penyesalan, tanda, centang pertanyaan lanjutan, waktu per tahap) akan dihapus. Tindakan ini tidak dapat dibatalkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the amendment in progress of the interview with %1?</source>
        <translation>Buang koreksi yang sedang dikerjakan untuk wawancara dengan %1?</translation>
    </message>
    <message>
        <source>The submitted version stays as it is.</source>
        <translation>Versi yang dikirim tetap seperti adanya.</translation>
    </message>
    <message>
        <source>Discard your draft interview with %1?</source>
        <translation>Buang draf wawancara Anda dengan %1?</translation>
    </message>
    <message>
        <source>Discard the draft interview by %1 with %2?</source>
        <translation>Buang draf wawancara oleh %1 dengan %2?</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>&amp;Buang Draf</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Could not discard the draft interview with %1.</source>
        <translation>Tidak dapat membuang draf wawancara dengan %1.</translation>
    </message>
    <message>
        <source>Discarded the draft with %1.</source>
        <translation>Draf dengan %1 sudah dibuang.</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Ko&amp;lom…</translation>
    </message>
    <message>
        <source>Choose the columns of the table (%1)</source>
        <translation>Pilih kolom tabel (%1)</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NewCandidateDialog</name>
    <message>
        <source>New Candidate</source>
        <translation>Kandidat Baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Pick a role or type a new title</source>
        <translation>Pilih peran atau ketik judul baru</translation>
    </message>
    <message>
        <source>Add Candidate</source>
        <translation>Tambahkan Kandidat</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Type a note — Enter adds it to the log with the time and stage, Shift+Enter starts a new line</source>
        <translation>Ketik catatan — Enter menambahkannya ke log beserta waktu dan tahap, Shift+Enter memulai baris baru</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteLogModel</name>
    <message>
        <source>Quote: %1</source>
        <translation>Kutipan: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Penyesalan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>The candidate&apos;s own words (%1 to unmark)</source>
        <translation>Kata-kata kandidat sendiri (%1 untuk membatalkan tanda)</translation>
    </message>
    <message>
        <source>F2 or double-click to edit, Delete to remove, %1 to mark as a quote</source>
        <translation>F2 atau klik ganda untuk menyunting, Delete untuk menghapus, %1 untuk menandai sebagai kutipan</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::NoteLogView</name>
    <message>
        <source>Notes so far</source>
        <translation>Catatan sejauh ini</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::OverrideDialog</name>
    <message>
        <source>Override Placement — %1</source>
        <translation>Ubah Penempatan — %1</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>What the formula misses: the evidence that puts the candidate elsewhere.</source>
        <translation>Yang terlewat oleh rumus: bukti yang menempatkan kandidat di posisi lain.</translation>
    </message>
    <message>
        <source>The formula: breadth %1, depth %2, %3. It stays on the board beside your placement.</source>
        <translation>Rumus: keluasan %1, kedalaman %2, %3. Hasil rumus tetap ada di papan di samping penempatan Anda.</translation>
    </message>
    <message>
        <source>&amp;Breadth</source>
        <translation>&amp;Keluasan</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>Ke&amp;dalaman</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Alasan (wajib)</translation>
    </message>
    <message>
        <source>Record Placement</source>
        <translation>Catat Penempatan</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PreferencesDialog</name>
    <message>
        <source>Welcome to Hindsight</source>
        <translation>Selamat datang di Hindsight</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Before your first interview: who is interviewing? Every interview you hold is recorded under this name and e-mail, and a committee that imports your interviews sees both. The same e-mail on two laptops is the same interviewer. You can change them later in Edit → Preferences.</source>
        <translation>Sebelum wawancara pertama Anda: siapa yang mewawancarai? Setiap wawancara yang Anda lakukan dicatat dengan nama dan e-mail ini, dan komite yang mengimpor wawancara Anda melihat keduanya. E-mail yang sama di dua laptop adalah pewawancara yang sama. Anda dapat mengubahnya nanti di Sunting → Preferensi.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation>nama@example.org (opsional)</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Alamat e-mail Anda</translation>
    </message>
    <message>
        <source>You, the interviewer</source>
        <translation>Anda, sang pewawancara</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Time budget in minutes</source>
        <translation>Anggaran waktu dalam menit</translation>
    </message>
    <message>
        <source>Past it, the live interview&apos;s clock turns amber</source>
        <translation>Setelah lewat, jam wawancara berubah kuning</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Masa penyimpanan dalam bulan</translation>
    </message>
    <message>
        <source>Candidates with no activity for this long are offered for erasure when Hindsight starts; Off keeps everybody</source>
        <translation>Kandidat tanpa aktivitas selama ini ditawarkan untuk dihapus saat Hindsight dimulai; Mati menyimpan semuanya</translation>
    </message>
    <message>
        <source>Interviews and data</source>
        <translation>Wawancara dan data</translation>
    </message>
    <message>
        <source>&amp;Time budget:</source>
        <translation>Anggaran &amp;waktu:</translation>
    </message>
    <message>
        <source>E&amp;rase inactive candidates after:</source>
        <translation>&amp;Hapus kandidat tidak aktif setelah:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Nanti</translation>
    </message>
    <message>
        <source>Interviews need a name to be recorded under.</source>
        <translation>Wawancara memerlukan nama untuk dicatat.</translation>
    </message>
    <message>
        <source>Not an e-mail address; leave it empty if you have none.</source>
        <translation>Bukan alamat e-mail; kosongkan jika Anda tidak punya.</translation>
    </message>
    <message>
        <source>Every interview you hold is recorded under this name and e-mail; a committee that imports your interviews sees both. The e-mail says who you are: with the same e-mail under a new name, your drafts and the interviews you may amend stay yours, and calibration counts you once. Changing either moves your drafts with you; submitted interviews keep what they were submitted with.</source>
        <translation>Setiap wawancara yang Anda lakukan tercatat dengan nama dan e-mail ini; komite yang mengimpor wawancara Anda melihat keduanya. E-mail menunjukkan siapa Anda: dengan e-mail yang sama di bawah nama baru, draf Anda dan wawancara yang boleh Anda ubah tetap milik Anda, dan kalibrasi menghitung Anda satu kali. Mengubah salah satunya memindahkan draf Anda bersama Anda; wawancara yang sudah dikirim tetap menyimpan apa yang dikirim bersamanya.</translation>
    </message>
    <message>
        <source>You are connected to a team server: interviews are recorded under the name and e-mail its administrator gave your login. They are shown here and cannot be changed on this laptop.</source>
        <translation>Anda terhubung ke server tim: wawancara dicatat dengan nama dan e-mail yang diberikan administratornya untuk login Anda. Keduanya ditampilkan di sini dan tidak dapat diubah di laptop ini.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of menus, reports, numbers and dates; takes effect the next time Hindsight starts</source>
        <translation>Bahasa menu, laporan, angka, dan tanggal; berlaku saat Hindsight dijalankan berikutnya</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
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
        <translation>Otomatis (%1)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <source>The paper of printed reports and PDFs; Automatic uses Letter where the system&apos;s region does (the United States, Canada, Mexico, …) and A4 elsewhere</source>
        <translation>Kertas untuk laporan cetak dan PDF; Otomatis memakai Letter di wilayah sistem yang memakainya (Amerika Serikat, Kanada, Meksiko, …) dan A4 di tempat lain</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Ukuran &amp;kertas:</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PromptPanel</name>
    <message>
        <source>Tick when you have asked it (%1)</source>
        <translation>Centang setelah Anda menanyakannya (%1)</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3</source>
        <translation>Tahap %1 dari %2 · %3</translation>
    </message>
    <message>
        <source> · regret %1</source>
        <translation> · penyesalan %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Pertanyaan: %1</translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Pertanyaan lanjutan: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::PurgeDialog</name>
    <message>
        <source>&amp;Rewrite those backups without them</source>
        <translation>&amp;Tulis ulang cadangan itu tanpa mereka</translation>
    </message>
    <message>
        <source>&amp;Delete those backups</source>
        <translation>&amp;Hapus cadangan itu</translation>
    </message>
    <message>
        <source>Erase Inactive Candidates</source>
        <translation>Hapus Kandidat Tidak Aktif</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) had no activity for %1 months or more. Erase them and everything held about them?</source>
        <translation>
            <numerusform>%n kandidat tidak memiliki aktivitas selama %1 bulan atau lebih. Hapus mereka beserta semua data tentang mereka?</numerusform>
        </translation>
    </message>
    <message>
        <source>Held about them: %1.</source>
        <translation>Data tentang mereka: %1.</translation>
    </message>
    <message>
        <source>No backup in %1 holds them.</source>
        <translation>Tidak ada cadangan di %1 yang memuat mereka.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 with them:</source>
        <translation>
            <numerusform>%n cadangan di %1 yang memuat mereka:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read, so nothing will be erased until it is repaired or removed.</source>
        <translation>%1 tidak dapat dibaca, jadi tidak ada yang dihapus sampai berkas itu diperbaiki atau disingkirkan.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Jangan Sekarang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>Nothing Was Erased</source>
        <translation>Tidak Ada yang Dihapus</translation>
    </message>
    <message>
        <source>Nothing was erased from the database.</source>
        <translation>Tidak ada yang dihapus dari basis data.</translation>
    </message>
    <message>
        <source>Their text is still in %1 because another program is reading the database; it goes when the last program using the database closes it.</source>
        <translation>Teks mereka masih ada di %1 karena program lain sedang membaca basis data; teks itu hilang saat program terakhir yang memakai basis data menutupnya.</translation>
    </message>
    <message>
        <source>Erased, With a Problem</source>
        <translation>Dihapus, dengan Masalah</translation>
    </message>
    <message>
        <source>The candidates were erased from the database.</source>
        <translation>Kandidat telah dihapus dari basis data.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretActions</name>
    <message>
        <source>Regret %1 of %2: %3</source>
        <translation>Penyesalan %1 dari %2: %3</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>belum ada keputusan</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretAnswer</name>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>How they found out</source>
        <translation>Cara mereka mengetahuinya</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretCard</name>
    <message>
        <source>Regret %1</source>
        <translation>Penyesalan %1</translation>
    </message>
    <message>
        <source>%1 — Shift+Enter for a new line; Enter or Esc back to the notes</source>
        <translation>%1 — Shift+Enter untuk baris baru; Enter atau Esc kembali ke catatan</translation>
    </message>
    <message>
        <source>Click, or press Ctrl+Up or Ctrl+Down, to discuss this regret</source>
        <translation>Klik, atau tekan Ctrl+Up atau Ctrl+Down, untuk membahas penyesalan ini</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>belum ada keputusan</translation>
    </message>
    <message>
        <source>Regret %1: %2 · %3 · %4 · %5</source>
        <translation>Penyesalan %1: %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>not tagged</source>
        <translation>belum ditandai</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>tanpa domain</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>kedalaman %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>%1 · being discussed</source>
        <translation>%1 · sedang dibahas</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretCardList</name>
    <message>
        <source>Regrets</source>
        <translation>Penyesalan</translation>
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
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Not tagged yet</source>
        <translation>Belum ditandai</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed, Ctrl+0 unclear; F1 explains the difference</source>
        <translation>Ctrl+1 tingkat produk, Ctrl+2 spesifik domain, Ctrl+3 campuran, Ctrl+0 tidak jelas; F1 menjelaskan perbedaannya</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Type to find a domain</source>
        <translation>Ketik untuk mencari domain</translation>
    </message>
    <message>
        <source>Type part of a domain&apos;s name and press Enter (%1)</source>
        <translation>Ketik sebagian nama domain, lalu tekan Enter (%1)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>%1 · %2   %3</source>
        <translation>%1 · %2   %3</translation>
    </message>
    <message>
        <source>Depth on the anchored scale, Alt+0 … Alt+4</source>
        <translation>Kedalaman pada skala berjangkar, Alt+0 … Alt+4</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <source>Stack layers touched</source>
        <translation>Lapisan stack yang tersentuh</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Lapisan %1</translation>
    </message>
    <message>
        <source>%1 — Space when focused, or %2</source>
        <translation>%1 — Spasi saat fokus, atau %2</translation>
    </message>
    <message>
        <source>%1 — Space when focused</source>
        <translation>%1 — Spasi saat fokus</translation>
    </message>
    <message>
        <source>Needed for a %1 regret.</source>
        <translation>Diperlukan untuk penyesalan tingkat %1.</translation>
    </message>
    <message>
        <source>0 no decision named · 1 named only · 2 trade-off · 3 mechanism and failure modes · 4 quantified, with evidence</source>
        <translation>0 tidak ada keputusan yang disebut · 1 hanya disebut · 2 trade-off · 3 mekanisme dan mode kegagalan · 4 terkuantifikasi, dengan bukti</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RegretText</name>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Why and cost</source>
        <translation>Alasan dan biaya</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>What they built and owned, at what scale</source>
        <translation>Apa yang mereka bangun dan miliki, pada skala apa</translation>
    </message>
    <message>
        <source>The decision they would reverse</source>
        <translation>Keputusan yang ingin mereka batalkan</translation>
    </message>
    <message>
        <source>How they found out it was wrong, what it cost</source>
        <translation>Bagaimana mereka tahu itu keliru, berapa biayanya</translation>
    </message>
    <message>
        <source>What they would do now, and its cost</source>
        <translation>Apa yang akan mereka lakukan sekarang, dan biayanya</translation>
    </message>
    <message>
        <source>Who felt it, what broke, in numbers if given</source>
        <translation>Siapa yang merasakannya, apa yang rusak, dalam angka bila disebut</translation>
    </message>
    <message>
        <source>Edit System</source>
        <translation>Sunting Sistem</translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation>Sunting Keputusan</translation>
    </message>
    <message>
        <source>Edit Why and Cost</source>
        <translation>Sunting Alasan dan Biaya</translation>
    </message>
    <message>
        <source>Edit Instead</source>
        <translation>Sunting Alternatif</translation>
    </message>
    <message>
        <source>Edit Impact</source>
        <translation>Sunting Dampak</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ReportHtml</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, pukul %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who, when</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more character(s): the candidate summary has the whole text)</source>
        <translation>
            <numerusform>(%n karakter lagi: ringkasan kandidat memuat teks lengkapnya)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ReportPrinter</name>
    <message>
        <source>Confidential: for the hiring committee of this role only. Do not forward.</source>
        <translation>Rahasia: hanya untuk komite perekrutan peran ini. Jangan diteruskan.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Hindsight %1</source>
        <translation>Hindsight %1</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>PDF tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>%1 could not be sent to the printer %2.</source>
        <translation>%1 tidak dapat dikirim ke pencetak %2.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::RiskChips</name>
    <message>
        <source>Risks: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Risks: not assessed without a submitted interview</source>
        <translation>Risiko: tidak dinilai tanpa wawancara yang dikirim</translation>
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
        </translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (mengundurkan diri)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1: no submitted interview yet</source>
        <translation>%1: belum ada wawancara yang dikirim</translation>
    </message>
    <message>
        <source>%1: fit %2% for %3, %4; %5</source>
        <translation>%1: kecocokan %2% untuk %3, %4; %5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Role / candidate</source>
        <translation>Peran / kandidat</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Kecocokan</translation>
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
        <translation>Sunting Peran</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Peran Baru</translation>
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
        <translation>Tambah, ganti nama, atau hapus lapisan dan domain buatan Anda sendiri</translation>
    </message>
    <message>
        <source>Could not read the role.</source>
        <translation>Tidak dapat membaca peran.</translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Mulai dari templat</translation>
    </message>
    <message>
        <source>Start from template…</source>
        <translation>Mulai dari templat…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A template fills in a typical profile; change anything after.</source>
        <translation>Templat mengisi profil yang umum; Anda dapat mengubah apa pun setelahnya.</translation>
    </message>
    <message>
        <source>Breadth demand</source>
        <translation>Kebutuhan keluasan</translation>
    </message>
    <message>
        <source>How many layers of the stack the role works across: 0 one layer, 10 all of them.</source>
        <translation>Berapa banyak lapisan stack yang dicakup pekerjaan peran ini: 0 satu lapisan, 10 semuanya.</translation>
    </message>
    <message>
        <source>Domain demands</source>
        <translation>Kebutuhan domain</translation>
    </message>
    <message>
        <source>&amp;Add Demand</source>
        <translation>T&amp;ambah Kebutuhan</translation>
    </message>
    <message>
        <source>&amp;Remove Demand</source>
        <translation>&amp;Hapus Kebutuhan</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>T&amp;emplat:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>&amp;Breadth demand:</source>
        <translation>&amp;Kebutuhan keluasan:</translation>
    </message>
    <message>
        <source>Domains that &amp;need specialist depth:</source>
        <translation>Domain yang &amp;memerlukan kedalaman spesialis:</translation>
    </message>
    <message>
        <source>Target: breadth %1, depth %2 — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Target: keluasan %1, kedalaman %2 — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Give the role a title.</source>
        <translation>Beri judul untuk peran ini.</translation>
    </message>
    <message>
        <source>Could not save the role.</source>
        <translation>Tidak dapat menyimpan peran.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SaveStateBanner</name>
    <message>
        <source>Save problem</source>
        <translation>Masalah penyimpanan</translation>
    </message>
    <message>
        <source>Not in the database yet. %1 Your notes are kept in %2 and are written as soon as the database takes them; Hindsight keeps trying.</source>
        <translation>Belum di basis data. %1 Catatan Anda disimpan di %2 dan ditulis segera setelah basis data menerimanya; Hindsight terus mencoba.</translation>
    </message>
    <message>
        <source>Not saved: your latest notes are only in this window. %1 Hindsight keeps trying; keep the window open, or save the notes to a file (Interview → Save Notes As…).</source>
        <translation>Tidak tersimpan: catatan terbaru Anda hanya ada di jendela ini. %1 Hindsight terus mencoba; biarkan jendela terbuka, atau simpan catatan ke berkas (Wawancara → Simpan Catatan Sebagai…).</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Tidak tersimpan. %1</translation>
    </message>
    <message>
        <source>Offline, kept on this laptop. %1 Your notes are kept in %2 and are sent to the team server, in order, as soon as it is back; Hindsight keeps trying.</source>
        <translation>Luring, disimpan di laptop ini. %1 Catatan Anda disimpan di %2 dan dikirim ke server tim, berurutan, begitu server kembali; Hindsight terus mencoba.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ShortcutModel</name>
    <message>
        <source>No shortcut</source>
        <translation>Tanpa pintasan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Tindakan dan pintasannya</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::Sidebar</name>
    <message>
        <source>Filter candidates… (%1)</source>
        <translation>Saring kandidat… (%1)</translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation>Saring kandidat</translation>
    </message>
    <message>
        <source>Shows only candidates whose name or e-mail contains the text, and every candidate of a role whose title contains it. Press Down to move to the list.</source>
        <translation>Hanya menampilkan kandidat yang nama atau emailnya memuat teks tersebut, serta semua kandidat dari peran yang judulnya memuat teks itu. Tekan Panah Bawah untuk berpindah ke daftar.</translation>
    </message>
    <message>
        <source>Roles and candidates</source>
        <translation>Peran dan kandidat</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Tidak ada yang cocok dengan “%1”.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::StageGuide</name>
    <message>
        <source>Tell me about a backend system you built and owned. How big did it get, and which part of it was yours?</source>
        <translation>Ceritakan tentang sistem backend yang Anda bangun dan kelola sendiri. Seberapa besar sistem itu, dan bagian mana yang menjadi milik Anda?</translation>
    </message>
    <message>
        <source>If you started that system over tomorrow, which one decision would you reverse?</source>
        <translation>Jika Anda memulai ulang sistem itu besok, satu keputusan mana yang akan Anda batalkan?</translation>
    </message>
    <message>
        <source>How did you find out it was the wrong call, and what did it cost you?</source>
        <translation>Bagaimana Anda mengetahui bahwa itu keputusan yang salah, dan apa kerugiannya bagi Anda?</translation>
    </message>
    <message>
        <source>What would you do instead now — and what would that choice cost?</source>
        <translation>Apa yang akan Anda lakukan sekarang sebagai gantinya — dan apa biaya dari pilihan itu?</translation>
    </message>
    <message>
        <source>Go one level deeper: how did it actually behave, and who noticed first?</source>
        <translation>Masuk satu tingkat lebih dalam: bagaimana sistem itu sebenarnya berperilaku, dan siapa yang pertama kali menyadarinya?</translation>
    </message>
    <message>
        <source>Who felt the consequences of that decision, and what would you cut to avoid it?</source>
        <translation>Siapa yang merasakan dampak keputusan itu, dan apa yang akan Anda pangkas untuk menghindarinya?</translation>
    </message>
    <message>
        <source>Walk me through what happens inside when it goes wrong: under load, on failure, at the edges.</source>
        <translation>Jelaskan apa yang terjadi di dalamnya saat terjadi masalah: di bawah beban, saat gagal, di kasus-kasus tepi.</translation>
    </message>
    <message>
        <source>Is there another decision you would reverse — ideally in a different part of the stack?</source>
        <translation>Adakah keputusan lain yang akan Anda batalkan — sebaiknya di bagian stack yang berbeda?</translation>
    </message>
    <message>
        <source>Thank the candidate, leave time for their questions, then check each regret&apos;s tags and depth before you submit.</source>
        <translation>Ucapkan terima kasih kepada kandidat, sisakan waktu untuk pertanyaan mereka, lalu periksa tanda dan kedalaman setiap penyesalan sebelum Anda mengirim.</translation>
    </message>
    <message>
        <source>What load did it carry — requests, data, users?</source>
        <translation>Beban apa yang ditanganinya — permintaan, data, pengguna?</translation>
    </message>
    <message>
        <source>Which parts did you design, and which did you inherit?</source>
        <translation>Bagian mana yang Anda rancang, dan mana yang Anda warisi?</translation>
    </message>
    <message>
        <source>How many people worked on it, and who owned what?</source>
        <translation>Berapa banyak orang yang mengerjakannya, dan siapa yang bertanggung jawab atas apa?</translation>
    </message>
    <message>
        <source>What did you know when you made that decision?</source>
        <translation>Apa yang Anda ketahui saat membuat keputusan itu?</translation>
    </message>
    <message>
        <source>What else was on the table at the time?</source>
        <translation>Pilihan lain apa yang tersedia saat itu?</translation>
    </message>
    <message>
        <source>What was the first sign something was off?</source>
        <translation>Apa tanda pertama bahwa ada yang tidak beres?</translation>
    </message>
    <message>
        <source>What did it cost: time, money, incidents, people?</source>
        <translation>Apa kerugiannya: waktu, uang, insiden, orang?</translation>
    </message>
    <message>
        <source>What exactly would you build instead?</source>
        <translation>Apa tepatnya yang akan Anda bangun sebagai gantinya?</translation>
    </message>
    <message>
        <source>What does the new choice cost, and who pays for it?</source>
        <translation>Berapa biaya pilihan baru itu, dan siapa yang menanggungnya?</translation>
    </message>
    <message>
        <source>Who felt it: users, support, other teams?</source>
        <translation>Siapa yang merasakannya: pengguna, tim dukungan, tim lain?</translation>
    </message>
    <message>
        <source>What would you cut or leave out next time?</source>
        <translation>Apa yang akan Anda pangkas atau tinggalkan lain kali?</translation>
    </message>
    <message>
        <source>What is the simplest version that would have done the job?</source>
        <translation>Apa versi paling sederhana yang sudah cukup untuk pekerjaan itu?</translation>
    </message>
    <message>
        <source>How does it fail: races, lost or repeated work, partial writes?</source>
        <translation>Bagaimana sistem itu gagal: race condition, pekerjaan yang hilang atau terulang, penulisan parsial?</translation>
    </message>
    <message>
        <source>What happens at ten times the load? Where does it break first?</source>
        <translation>Apa yang terjadi pada beban sepuluh kali lipat? Di mana sistem itu pertama kali rusak?</translation>
    </message>
    <message>
        <source>Which guarantee would you protect now, and how would you prove it holds?</source>
        <translation>Jaminan mana yang akan Anda lindungi sekarang, dan bagaimana Anda membuktikan bahwa jaminan itu terpenuhi?</translation>
    </message>
    <message>
        <source>How did it work underneath?</source>
        <translation>Bagaimana cara kerjanya di balik layar?</translation>
    </message>
    <message>
        <source>Asked for a decision in another part of the stack</source>
        <translation>Meminta keputusan di bagian stack yang lain</translation>
    </message>
    <message>
        <source>Asked for a smaller decision if nothing big came up</source>
        <translation>Meminta keputusan yang lebih kecil jika tidak muncul yang besar</translation>
    </message>
    <message>
        <source>Gave the candidate time for their questions</source>
        <translation>Memberi kandidat waktu untuk bertanya</translation>
    </message>
    <message>
        <source>Told them what happens next</source>
        <translation>Memberi tahu mereka langkah selanjutnya</translation>
    </message>
    <message>
        <source>Tag the level as soon as you can tell: Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed. F1 explains the difference.</source>
        <translation>Tandai tingkatnya begitu Anda dapat menentukannya: Ctrl+1 tingkat produk, Ctrl+2 spesifik domain, Ctrl+3 campuran. F1 menjelaskan perbedaannya.</translation>
    </message>
    <message>
        <source>Rate the depth with Alt+0 … Alt+4 once you have heard enough.</source>
        <translation>Nilai kedalamannya dengan Alt+0 … Alt+4 setelah Anda mendengar cukup banyak.</translation>
    </message>
    <message>
        <source>Tag the level first (Ctrl+1 / Ctrl+2 / Ctrl+3) so the probes fit the answer.</source>
        <translation>Tandai tingkatnya terlebih dahulu (Ctrl+1 / Ctrl+2 / Ctrl+3) agar pertanyaan lanjutan sesuai dengan jawabannya.</translation>
    </message>
    <message>
        <source>If they name another one, press Ctrl+R to start a new regret at the decision stage; otherwise move on to the wrap-up with Ctrl+Right.</source>
        <translation>Jika mereka menyebutkan keputusan lain, tekan Ctrl+R untuk memulai penyesalan baru di tahap keputusan; jika tidak, lanjutkan ke penutup dengan Ctrl+Right.</translation>
    </message>
    <message>
        <source>Ctrl+Return shows what will be sealed: Enter then submits it, or goes to what is still missing.</source>
        <translation>Ctrl+Return menampilkan apa yang akan disegel: Enter lalu mengirimkannya, atau menuju ke yang masih kurang.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::StageStep</name>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation>Tahap %1 dari %2: %3</translation>
    </message>
    <message>
        <source>Ctrl+Right for the next stage, Ctrl+Left for the previous</source>
        <translation>Ctrl+Right untuk tahap berikutnya, Ctrl+Left untuk tahap sebelumnya</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Belum dicapai</translation>
    </message>
    <message>
        <source>%1: %2 spent so far — %3</source>
        <translation>%1: %2 terpakai sejauh ini — %3</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 terpakai</translation>
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
        <translation>Tahap pertanyaan</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitProblems</name>
    <message>
        <source>No regret is recorded yet.</source>
        <translation>Belum ada penyesalan yang dicatat.</translation>
    </message>
    <message>
        <source>Regret %1 has no level: Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed, Ctrl+0 unclear.</source>
        <translation>Penyesalan %1 belum memiliki tingkat: Ctrl+1 tingkat produk, Ctrl+2 spesifik domain, Ctrl+3 campuran, Ctrl+0 tidak jelas.</translation>
    </message>
    <message>
        <source>Regret %1 needs a domain: press Ctrl+D and type its name.</source>
        <translation>Penyesalan %1 memerlukan domain: tekan Ctrl+D dan ketik namanya.</translation>
    </message>
    <message>
        <source>Regret %1 has a domain Hindsight does not know: choose another with Ctrl+D.</source>
        <translation>Penyesalan %1 memiliki domain yang tidak dikenal Hindsight: pilih domain lain dengan Ctrl+D.</translation>
    </message>
    <message>
        <source>Regret %1 has no depth rating: Alt+0 … Alt+4.</source>
        <translation>Penyesalan %1 belum memiliki nilai kedalaman: Alt+0 … Alt+4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted yet.&lt;/b&gt; Still missing:</source>
        <translation>&lt;b&gt;Belum dikirim.&lt;/b&gt; Masih kurang:</translation>
    </message>
    <message>
        <source>&amp;Go to the Notes</source>
        <translation>&amp;Menuju Catatan</translation>
    </message>
    <message>
        <source>&amp;Go to the Level of Regret %1</source>
        <translation>&amp;Menuju Tingkat Penyesalan %1</translation>
    </message>
    <message>
        <source>&amp;Go to the Domain of Regret %1</source>
        <translation>&amp;Menuju Domain Penyesalan %1</translation>
    </message>
    <message>
        <source>&amp;Go to the Depth of Regret %1</source>
        <translation>&amp;Menuju Kedalaman Penyesalan %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitReviewDialog</name>
    <message>
        <source>Review the Amendment — %1</source>
        <translation>Tinjau Perubahan — %1</translation>
    </message>
    <message>
        <source>Review before Submitting — %1</source>
        <translation>Tinjau sebelum Mengirim — %1</translation>
    </message>
    <message>
        <source>This is what version %1 will seal. Enter submits it; Esc goes back to the interview.</source>
        <translation>Inilah yang akan disegel oleh versi %1. Enter mengirimkannya; Esc kembali ke wawancara.</translation>
    </message>
    <message>
        <source>This is what will be sealed. Enter submits the interview; Esc goes back to it.</source>
        <translation>Inilah yang akan disegel. Enter mengirim wawancara; Esc kembali ke wawancara.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing: the interview cannot be submitted yet. Enter goes to the first one; Esc goes back to the interview.</source>
        <translation>
            <numerusform>%n butir masih kurang: wawancara belum dapat dikirim. Enter menuju ke butir pertama; Esc kembali ke wawancara.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation>Yang akan dikirim</translation>
    </message>
    <message>
        <source>&amp;Submit Amendment</source>
        <translation>&amp;Kirim Perubahan</translation>
    </message>
    <message>
        <source>&amp;Submit Interview</source>
        <translation>&amp;Kirim Wawancara</translation>
    </message>
    <message>
        <source>Fill in what is missing first.</source>
        <translation>Lengkapi dulu yang masih kurang.</translation>
    </message>
    <message>
        <source>&amp;Back to the Interview</source>
        <translation>Kem&amp;bali ke Wawancara</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::SubmitReviewHtml</name>
    <message>
        <source>missing</source>
        <translation>kurang</translation>
    </message>
    <message>
        <source>Amendment: version %1 replaces version %2.</source>
        <translation>Perubahan: versi %1 menggantikan versi %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n regret(s)</source>
        <translation>
            <numerusform>%n penyesalan</numerusform>
        </translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Penyesalan</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 had %n regret(s).</source>
        <translation>
            <numerusform>Versi %1 memiliki %n penyesalan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Submitting seals version %1: it replaces version %2 in the candidate&apos;s figures. Version %2 is kept as it was, readable, with your reason beside it.</source>
        <translation>Mengirim akan menyegel versi %1: versi ini menggantikan versi %2 dalam angka kandidat. Versi %2 disimpan seperti semula, dapat dibaca, dengan alasan Anda di sampingnya.</translation>
    </message>
    <message>
        <source>Submitting seals the interview: it counts for the candidate&apos;s figures from then on, and only an amendment with a written reason can change it (the sealed version is kept).</source>
        <translation>Mengirim akan menyegel wawancara: sejak itu wawancara dihitung dalam angka kandidat, dan hanya perubahan dengan alasan tertulis yang dapat mengubahnya (versi yang disegel tetap disimpan).</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>Tidak ada yang kurang</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Masih kurang</translation>
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
        <translation>sebelumnya: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>(no decision written down)</source>
        <translation>(tidak ada keputusan yang ditulis)</translation>
    </message>
    <message>
        <source>new in this version</source>
        <translation>baru di versi ini</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>tidak diperlukan</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n kutipan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) ticked</source>
        <translation>
            <numerusform>%n pertanyaan lanjutan dicentang</numerusform>
        </translation>
    </message>
    <message>
        <source>The line still in the note editor becomes the last note: “%1”</source>
        <translation>Baris yang masih ada di penyunting catatan menjadi catatan terakhir: “%1”</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TaxonomyEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Add your own stack layers (breadth) and specialist domains (depth). Built-in entries are fixed. An entry that a regret or a role already uses can be renamed but not deleted.</source>
        <translation>Tambahkan lapisan stack (keluasan) dan domain spesialis (kedalaman) Anda sendiri. Entri bawaan tidak dapat diubah. Entri yang sudah digunakan oleh penyesalan atau peran dapat diganti namanya, tetapi tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Layers and domains you added</source>
        <translation>Lapisan dan domain yang Anda tambahkan</translation>
    </message>
    <message>
        <source>Layer (breadth)</source>
        <translation>Lapisan (keluasan)</translation>
    </message>
    <message>
        <source>Domain (depth)</source>
        <translation>Domain (kedalaman)</translation>
    </message>
    <message>
        <source>e.g. search-index</source>
        <translation>misalnya search-index</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens, starting with a letter, 2 to 40 characters. An id never changes once added.</source>
        <translation>Huruf kecil, angka, dan tanda hubung, diawali huruf, 2 sampai 40 karakter. Id tidak pernah berubah setelah ditambahkan.</translation>
    </message>
    <message>
        <source>e.g. Search indexes</source>
        <translation>misalnya Indeks pencarian</translation>
    </message>
    <message>
        <source>Give the selected entry the label typed above</source>
        <translation>Beri entri yang dipilih label yang diketik di atas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use 2 to 40 lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>“%1” bukan id yang valid: gunakan 2 sampai 40 huruf kecil, angka, dan tanda hubung, diawali huruf.</translation>
    </message>
    <message>
        <source>Give the new entry a label.</source>
        <translation>Beri label untuk entri baru.</translation>
    </message>
    <message>
        <source>There is already an entry with the id “%1”.</source>
        <translation>Sudah ada entri dengan id “%1”.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” ditambahkan.</translation>
    </message>
    <message>
        <source>Type the new label first.</source>
        <translation>Ketik label baru terlebih dahulu.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Nama diganti menjadi “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: regrets are tagged with this layer. You can still rename it.</source>
        <translation>“%1” tidak dapat dihapus: ada penyesalan yang ditandai dengan lapisan ini. Anda tetap dapat mengganti namanya.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: a regret or a role&apos;s demands use this domain. You can still rename it.</source>
        <translation>“%1” tidak dapat dihapus: domain ini digunakan oleh penyesalan atau kebutuhan suatu peran. Anda tetap dapat mengganti namanya.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” dihapus.</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TaxonomyText</name>
    <message>
        <source>Databases</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Caching</translation>
    </message>
    <message>
        <source>Queues and background jobs</source>
        <translation>Antrean dan tugas latar belakang</translation>
    </message>
    <message>
        <source>Authentication and access control</source>
        <translation>Autentikasi dan kontrol akses</translation>
    </message>
    <message>
        <source>Deployment and infrastructure</source>
        <translation>Deployment dan infrastruktur</translation>
    </message>
    <message>
        <source>Third-party integrations</source>
        <translation>Integrasi pihak ketiga</translation>
    </message>
    <message>
        <source>Monitoring and debugging</source>
        <translation>Pemantauan dan debugging</translation>
    </message>
    <message>
        <source>Event streaming</source>
        <translation>Event streaming</translation>
    </message>
    <message>
        <source>Database internals</source>
        <translation>Internal basis data</translation>
    </message>
    <message>
        <source>Distributed systems</source>
        <translation>Sistem terdistribusi</translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation>Kriptografi</translation>
    </message>
    <message>
        <source>Compilers and runtimes</source>
        <translation>Kompiler dan runtime</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Latency and throughput</source>
        <translation>Latensi dan throughput</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Kepatuhan regulasi</translation>
    </message>
    <message>
        <source>Distributed caching</source>
        <translation>Caching terdistribusi</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TeamConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>&amp;Ingat kata sandi di gantungan kunci desktop</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>Sambungkan ke Server Tim</translation>
    </message>
    <message>
        <source>A team server is the hiring team&apos;s PostgreSQL database, set up with hindsight team init. Your drafts stay yours there: the server shows them to no one else.</source>
        <translation>Server tim adalah basis data PostgreSQL tim perekrutan, disiapkan dengan hindsight team init. Draf Anda tetap milik Anda di sana: server tidak menampilkannya kepada siapa pun.</translation>
    </message>
    <message>
        <source>postgresql://db.example.org/hiring</source>
        <translation>postgresql://db.example.org/hiring</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Server tim</translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI; recent servers are in the list</source>
        <translation>URI koneksi PostgreSQL; server terbaru ada di daftar</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>as in the URI, if it names one</source>
        <translation>seperti di URI, jika URI menyebutkannya</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>from ~/.pgpass or the keyring, if empty</source>
        <translation>dari ~/.pgpass atau gantungan kunci, jika kosong</translation>
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
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Sambungkan</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::TeamModel</name>
    <message>
        <source>Team member %1</source>
        <translation>Anggota tim %1</translation>
    </message>
    <message>
        <source>Could not add the team member.</source>
        <translation>Tidak dapat menambahkan anggota tim.</translation>
    </message>
    <message>
        <source>Could not remove the team member.</source>
        <translation>Tidak dapat menghapus anggota tim.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit; breadth and depth run from 0 to 10.</source>
        <translation>Klik dua kali atau tekan F2 untuk menyunting; keluasan dan kedalaman berkisar dari 0 sampai 10.</translation>
    </message>
    <message>
        <source>Could not save the team member.</source>
        <translation>Tidak dapat menyimpan anggota tim.</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::Terms</name>
    <message>
        <source>Product-level</source>
        <translation>Tingkat produk</translation>
    </message>
    <message>
        <source>Domain-specific</source>
        <translation>Spesifik domain</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Campuran</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Tidak jelas</translation>
    </message>
    <message>
        <source>Generalist</source>
        <translation>Generalis</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Spesialis</translation>
    </message>
    <message>
        <source>T-shaped</source>
        <translation>Berbentuk T</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Berkembang</translation>
    </message>
    <message>
        <source>Under-depth</source>
        <translation>Kurang kedalaman</translation>
    </message>
    <message>
        <source>Under-breadth</source>
        <translation>Kurang keluasan</translation>
    </message>
    <message>
        <source>Over-specialization</source>
        <translation>Spesialisasi berlebih</translation>
    </message>
    <message>
        <source>Good match</source>
        <translation>Cocok</translation>
    </message>
    <message>
        <source>No gap between the evidence and the role is large enough to be a risk.</source>
        <translation>Tidak ada kesenjangan antara bukti dan peran yang cukup besar untuk menjadi risiko.</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Rekrut</translation>
    </message>
    <message>
        <source>No hire</source>
        <translation>Jangan rekrut</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Penemuan</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <source>Depth probe</source>
        <translation>Pendalaman</translation>
    </message>
    <message>
        <source>Another decision</source>
        <translation>Keputusan lain</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Tidak ada keputusan</translation>
    </message>
    <message>
        <source>Named only</source>
        <translation>Hanya disebut</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Trade-off</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mekanisme</translation>
    </message>
    <message>
        <source>Quantified</source>
        <translation>Terkuantifikasi</translation>
    </message>
    <message>
        <source>Did not name a decision of substance.</source>
        <translation>Tidak menyebutkan keputusan yang berarti.</translation>
    </message>
    <message>
        <source>Says what they would change, but not why.</source>
        <translation>Menyebutkan apa yang akan diubah, tetapi tidak menjelaskan alasannya.</translation>
    </message>
    <message>
        <source>Explains the trade-off and what it cost.</source>
        <translation>Menjelaskan trade-off dan kerugiannya.</translation>
    </message>
    <message>
        <source>Explains how it works and the failure modes that are easy to miss: races, durability against throughput, behaviour under load.</source>
        <translation>Menjelaskan cara kerjanya dan mode kegagalan yang mudah terlewat: race condition, durabilitas versus throughput, perilaku saat beban tinggi.</translation>
    </message>
    <message>
        <source>Puts numbers on the impact, weighs the alternatives with evidence and names the invariant they would protect now.</source>
        <translation>Mengukur dampaknya dengan angka, menimbang alternatif berdasarkan bukti, dan menyebutkan invarian yang kini akan mereka lindungi.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The role needs more specialist depth than the interviews showed: a generalist would own a system whose failure modes are specialist territory.</source>
        <translation>Peran ini membutuhkan kedalaman spesialis yang lebih besar daripada yang ditunjukkan wawancara: seorang generalis akan memegang sistem yang mode kegagalannya merupakan wilayah spesialis.</translation>
    </message>
    <message>
        <source>The role needs more depth in %1 than the interviews showed: a generalist would own a system whose failure modes are specialist territory.</source>
        <translation>Peran ini membutuhkan kedalaman di %1 yang lebih besar daripada yang ditunjukkan wawancara: seorang generalis akan memegang sistem yang mode kegagalannya merupakan wilayah spesialis.</translation>
    </message>
    <message>
        <source>The role spans more of the stack than the interviews covered: expect a hand-off whenever work crosses a domain boundary.</source>
        <translation>Peran ini mencakup lebih banyak bagian stack daripada yang tercakup dalam wawancara: perkirakan akan ada serah terima setiap kali pekerjaan melintasi batas domain.</translation>
    </message>
    <message>
        <source>Far more depth than this generalist role needs: a specialist may build infrastructure a simple product does not need.</source>
        <translation>Kedalaman jauh melebihi kebutuhan peran generalis ini: seorang spesialis mungkin membangun infrastruktur yang tidak dibutuhkan produk sederhana.</translation>
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
        <translation>Batas Waktu</translation>
    </message>
    <message>
        <source>How long an interview should take. Once an interview runs longer, its clock turns amber and says the budget is passed; nothing else changes.</source>
        <translation>Berapa lama wawancara seharusnya berlangsung. Jika wawancara berlangsung lebih lama, jamnya berubah kuning jingga dan menyatakan bahwa batas waktu sudah terlewati; tidak ada hal lain yang berubah.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Time budget in minutes</source>
        <translation>Batas waktu dalam menit</translation>
    </message>
    <message>
        <source>&amp;Time budget:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::UnsavedNotesGuard</name>
    <message>
        <source>Some notes are not in the database yet.</source>
        <translation>Beberapa catatan belum masuk ke basis data.</translation>
    </message>
    <message>
        <source>They are kept in %1 and are written the next time you open this interview or start Hindsight on this database. You may also save a copy to a file.</source>
        <translation>Catatan disimpan di %1 dan ditulis saat Anda membuka wawancara ini lagi atau menjalankan Hindsight dengan basis data ini. Anda juga dapat menyimpan salinannya ke berkas.</translation>
    </message>
    <message>
        <source>Close Interview</source>
        <translation>Tutup Wawancara</translation>
    </message>
    <message>
        <source>&amp;Close, Keep Them in the Journal</source>
        <translation>&amp;Tutup, Simpan di Jurnal</translation>
    </message>
    <message>
        <source>&amp;Save a Copy As…</source>
        <translation>&amp;Simpan Salinan Sebagai…</translation>
    </message>
    <message>
        <source>Keep the Window &amp;Open</source>
        <translation>Biarkan Jendela &amp;Terbuka</translation>
    </message>
    <message>
        <source>Some notes are not saved anywhere but in this window.</source>
        <translation>Beberapa catatan tidak tersimpan di mana pun selain di jendela ini.</translation>
    </message>
    <message>
        <source>Closing now would lose them. Save them to a file, or keep the window open while Hindsight keeps trying.</source>
        <translation>Menutup sekarang akan menghilangkannya. Simpan ke berkas, atau biarkan jendela terbuka sementara Hindsight terus mencoba.</translation>
    </message>
    <message>
        <source>&amp;Save the Notes As…</source>
        <translation>&amp;Simpan Catatan Sebagai…</translation>
    </message>
    <message>
        <source>Interview notes %1 %2.txt</source>
        <translation>Catatan wawancara %1 %2.txt</translation>
    </message>
    <message>
        <source>Save Notes As</source>
        <translation>Simpan Catatan Sebagai</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
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
        <translation>diubah %1: %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 — replaced by an amendment on %3</source>
        <translation>Versi %1 dari %2 — diganti oleh perubahan pada %3</translation>
    </message>
    <message>
        <source>Amendment in progress (version %1): %2</source>
        <translation>Perubahan sedang berjalan (versi %1): %2</translation>
    </message>
</context>
<context>
    <name>hindsight::ui::WhoSaidWhatDialog</name>
    <message>
        <source>Who Said What — %1</source>
        <translation>Siapa Mengatakan Apa — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n submitted interview(s), side by side.</source>
        <translation>
            <numerusform>%1: %n wawancara yang dikirim, secara berdampingan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interviewers disagree; the rows marked ≠ show where.</source>
        <translation>Para pewawancara tidak sepakat; baris bertanda ≠ menunjukkan di mana.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not shown: a draft is its interviewer&apos;s alone until submitted.</source>
        <translation>
            <numerusform>%n draf tidak ditampilkan: draf hanya milik pewawancaranya sampai dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews side by side</source>
        <translation>Wawancara secara berdampingan</translation>
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
        <translation> · kedalaman %1 (%2)</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Lapisan: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 product · %2 domain · %3 mixed · %4 unclear</source>
        <translation>%1 produk · %2 domain · %3 campuran · %4 tidak jelas</translation>
    </message>
    <message>
        <source>None at depth 2 or more</source>
        <translation>Tidak ada pada kedalaman 2 atau lebih</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>Tidak ada yang dicentang</translation>
    </message>
    <message>
        <source>The interviews disagree here by the committee&apos;s rule.</source>
        <translation>Menurut aturan komite, wawancara-wawancara ini tidak sepakat di sini.</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Diwawancarai</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Layers reached</source>
        <translation>Lapisan yang dicapai</translation>
    </message>
    <message>
        <source>Domain depths</source>
        <translation>Kedalaman per domain</translation>
    </message>
    <message>
        <source>Probes asked</source>
        <translation>Pertanyaan lanjutan yang diajukan</translation>
    </message>
    <message>
        <source>Regret %1</source>
        <translation>Penyesalan %1</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1 (diubah)</translation>
    </message>
    <message>
        <source>%1, version %2, %3</source>
        <translation>%1, versi %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not tied to a regret</source>
        <translation>Tidak terkait dengan penyesalan</translation>
    </message>
    <message>
        <source>%1: none ticked</source>
        <translation>%1: tidak ada yang dicentang</translation>
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
        <translation>Tercatat sebagai %1.</translation>
    </message>
</context>
</TS>
