<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>CuTru</source>
        <translation>CuTru</translation>
    </message>
    <message>
        <source>Organisations (scope)</source>
        <translation>Organisations (scope)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;About CuTru</source>
        <translation>&amp;About CuTru</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;CCCD number:</source>
        <translation>&amp;CCCD number:</translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation>Party membership</translation>
    </message>
    <message>
        <source>Party card &amp;no.:</source>
        <translation>Party card &amp;no.:</translation>
    </message>
    <message>
        <source>Personal &amp;record no.:</source>
        <translation>Personal &amp;record no.:</translation>
    </message>
    <message>
        <source>Date of &amp;admission:</source>
        <translation>Date of &amp;admission:</translation>
    </message>
    <message>
        <source>&amp;Official member since:</source>
        <translation>&amp;Official member since:</translation>
    </message>
    <message>
        <source>&amp;Probationary (not yet official)</source>
        <translation>&amp;Probationary (not yet official)</translation>
    </message>
    <message>
        <source>C&amp;ell / organisation:</source>
        <translation>C&amp;ell / organisation:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune:</translation>
    </message>
    <message>
        <source>Village / residen&amp;tial group:</source>
        <translation>Village / residen&amp;tial group:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unexpected value after &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>cutru::Codes</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District / city</source>
        <translation>District / city</translation>
    </message>
    <message>
        <source>Commune-level committee</source>
        <translation>Commune-level committee</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Workplace party organisation</source>
        <translation>Workplace party organisation</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Special zone</source>
        <translation>Special zone</translation>
    </message>
    <message>
        <source>Village cell</source>
        <translation>Village cell</translation>
    </message>
    <message>
        <source>Residential-group cell</source>
        <translation>Residential-group cell</translation>
    </message>
    <message>
        <source>Other cell</source>
        <translation>Other cell</translation>
    </message>
    <message>
        <source>State-owned enterprise</source>
        <translation>State-owned enterprise</translation>
    </message>
    <message>
        <source>Joint-stock enterprise</source>
        <translation>Joint-stock enterprise</translation>
    </message>
    <message>
        <source>Private enterprise</source>
        <translation>Private enterprise</translation>
    </message>
    <message>
        <source>Foreign-invested enterprise</source>
        <translation>Foreign-invested enterprise</translation>
    </message>
    <message>
        <source>Administrative agency</source>
        <translation>Administrative agency</translation>
    </message>
    <message>
        <source>Public service unit</source>
        <translation>Public service unit</translation>
    </message>
    <message>
        <source>Army and police</source>
        <translation>Army and police</translation>
    </message>
    <message>
        <source>Other workplace</source>
        <translation>Other workplace</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Moved house</source>
        <translation>Moved house</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Membership transferred</source>
        <translation>Membership transferred</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Army/police living in barracks or service housing</source>
        <translation>Army/police living in barracks or service housing</translation>
    </message>
    <message>
        <source>Working away from home or constantly on the move</source>
        <translation>Working away from home or constantly on the move</translation>
    </message>
    <message>
        <source>Rotated cadre</source>
        <translation>Rotated cadre</translation>
    </message>
    <message>
        <source>Full-time course of 12 months or more</source>
        <translation>Full-time course of 12 months or more</translation>
    </message>
    <message>
        <source>Studying away from home</source>
        <translation>Studying away from home</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thematic</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Extraordinary</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Absent with reason</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Absent without reason</translation>
    </message>
</context>
<context>
    <name>cutru::DemoBuilder</name>
    <message>
        <source>The demo province could not be built; see the log for details.</source>
        <translation>The demo province could not be built; see the log for details.</translation>
    </message>
    <message>
        <source>Building the demo province (Thái Bình, 2012) — this happens once.</source>
        <translation>Building the demo province (Thái Bình, 2012) — this happens once.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>CuTru — first start</source>
        <translation>CuTru — first start</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
</context>
<context>
    <name>cutru::DemoProvinceGenerator</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Liaison cadres</source>
        <translation>Liaison cadres</translation>
    </message>
</context>
<context>
    <name>cutru::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Referral letters, their reception by commune committees and the assignment to residence cells arrive in a later version of CuTru.</source>
        <translation>Referral letters, their reception by commune committees and the assignment to residence cells arrive in a later version of CuTru.</translation>
    </message>
    <message>
        <source>Residence cell meetings and attendance arrive in a later version of CuTru.</source>
        <translation>Residence cell meetings and attendance arrive in a later version of CuTru.</translation>
    </message>
    <message>
        <source>Annual comments by residence cells arrive in a later version of CuTru.</source>
        <translation>Annual comments by residence cells arrive in a later version of CuTru.</translation>
    </message>
    <message>
        <source>Printable reports and exports arrive in a later version of CuTru.</source>
        <translation>Printable reports and exports arrive in a later version of CuTru.</translation>
    </message>
    <message>
        <source>Provincial liaison cadres and their visits arrive in a later version of CuTru.</source>
        <translation>Provincial liaison cadres and their visits arrive in a later version of CuTru.</translation>
    </message>
    <message>
        <source>No database is open.
Use File → New database or File → Open database.</source>
        <translation>No database is open.
Use File → New database or File → Open database.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>%1 — CuTru</source>
        <translation>%1 — CuTru</translation>
    </message>
    <message>
        <source>CuTru</source>
        <translation>CuTru</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in scope</source>
        <translation>
            <numerusform>%Ln member in scope</numerusform>
            <numerusform>%Ln members in scope</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 shown</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>CuTru databases (*.cutru)</source>
        <translation>CuTru databases (*.cutru)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>CuTru databases (*.cutru);;All files (*)</source>
        <translation>CuTru databases (*.cutru);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>(no recent databases)</source>
        <translation>(no recent databases)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>About CuTru</source>
        <translation>About CuTru</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CuTru %1&lt;/h3&gt;&lt;p&gt;Party members at their place of residence: referral, reception, residence meetings, annual comments and provincial liaison (Regulation 213-QĐ/TW, Guideline 33-HD/BTCTW).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Built with Qt %4. Licence: MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CuTru %1&lt;/h3&gt;&lt;p&gt;Party members at their place of residence: referral, reception, residence meetings, annual comments and provincial liaison (Regulation 213-QĐ/TW, Guideline 33-HD/BTCTW).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Built with Qt %4. Licence: MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cutru::Member</name>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Enter the full name: family name, middle name and given name.</source>
        <translation>Enter the full name: family name, middle name and given name.</translation>
    </message>
    <message>
        <source>A name may not contain digits or symbols.</source>
        <translation>A name may not contain digits or symbols.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>The name is longer than 100 characters.</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>The date of birth is required.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>The CCCD number is required.</source>
        <translation>The CCCD number is required.</translation>
    </message>
    <message>
        <source>The CCCD number must be exactly 12 digits.</source>
        <translation>The CCCD number must be exactly 12 digits.</translation>
    </message>
    <message>
        <source>The CCCD number does not match the year of birth (digits 4 to 6).</source>
        <translation>The CCCD number does not match the year of birth (digits 4 to 6).</translation>
    </message>
    <message>
        <source>The CCCD number does not match the gender (digit 4).</source>
        <translation>The CCCD number does not match the gender (digit 4).</translation>
    </message>
    <message>
        <source>The party card number holds 5 to 15 digits (dots allowed).</source>
        <translation>The party card number holds 5 to 15 digits (dots allowed).</translation>
    </message>
    <message>
        <source>An official member has a party card number.</source>
        <translation>An official member has a party card number.</translation>
    </message>
    <message>
        <source>The date of admission is required.</source>
        <translation>The date of admission is required.</translation>
    </message>
    <message>
        <source>The date of admission is in the future.</source>
        <translation>The date of admission is in the future.</translation>
    </message>
    <message>
        <source>The date of admission must come after the date of birth.</source>
        <translation>The date of admission must come after the date of birth.</translation>
    </message>
    <message>
        <source>A member is admitted at 18 or older.</source>
        <translation>A member is admitted at 18 or older.</translation>
    </message>
    <message>
        <source>The date of official membership is in the future.</source>
        <translation>The date of official membership is in the future.</translation>
    </message>
    <message>
        <source>Official membership cannot come before admission.</source>
        <translation>Official membership cannot come before admission.</translation>
    </message>
    <message>
        <source>Choose the cell where the member holds membership.</source>
        <translation>Choose the cell where the member holds membership.</translation>
    </message>
    <message>
        <source>Enter a Vietnamese phone number: a mobile of 10 digits (09…, 03…) or a landline of 11 digits (02…); +84 may replace the leading 0.</source>
        <translation>Enter a Vietnamese phone number: a mobile of 10 digits (09…, 03…) or a landline of 11 digits (02…); +84 may replace the leading 0.</translation>
    </message>
    <message>
        <source>Choose the commune of the residence cell.</source>
        <translation>Choose the commune of the residence cell.</translation>
    </message>
</context>
<context>
    <name>cutru::MemberDialog</name>
    <message>
        <source>This member no longer exists; someone may have removed the record.</source>
        <translation>This member no longer exists; someone may have removed the record.</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <source>e.g. Thái Bình, or another province</source>
        <translation>e.g. Thái Bình, or another province</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy or pick it from the calendar.</source>
        <translation>Type the date as dd/mm/yyyy or pick it from the calendar.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Member not saved</source>
        <translation>Member not saved</translation>
    </message>
</context>
<context>
    <name>cutru::MemberService</name>
    <message>
        <source>Another member already has this CCCD number.</source>
        <translation>Another member already has this CCCD number.</translation>
    </message>
    <message>
        <source>Another member already has this party card number.</source>
        <translation>Another member already has this party card number.</translation>
    </message>
    <message>
        <source>Membership is held in a cell or a workplace party organisation.</source>
        <translation>Membership is held in a cell or a workplace party organisation.</translation>
    </message>
    <message>
        <source>Choose a commune-level committee.</source>
        <translation>Choose a commune-level committee.</translation>
    </message>
    <message>
        <source>The residence cell must belong to the chosen commune.</source>
        <translation>The residence cell must belong to the chosen commune.</translation>
    </message>
    <message>
        <source>This member was changed or removed by someone else after you opened it. Reload the record and make your change again.</source>
        <translation>This member was changed or removed by someone else after you opened it. Reload the record and make your change again.</translation>
    </message>
</context>
<context>
    <name>cutru::MemberTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Party card no.</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>Cell / organisation</source>
        <translation>Cell / organisation</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Residence (commune)</source>
        <translation>Residence (commune)</translation>
    </message>
</context>
<context>
    <name>cutru::MembersPage</name>
    <message>
        <source>Search by name, CCCD or party card number (accents optional)</source>
        <translation>Search by name, CCCD or party card number (accents optional)</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Record a new member in the selected cell</source>
        <translation>Record a new member in the selected cell</translation>
    </message>
    <message>
        <source>View and edit the selected member (or double-click a row)</source>
        <translation>View and edit the selected member (or double-click a row)</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) shown</source>
        <translation>
            <numerusform>%Ln member shown</numerusform>
            <numerusform>%Ln members shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>cutru::Organisation</name>
    <message>
        <source>The code is required.</source>
        <translation>The code is required.</translation>
    </message>
    <message>
        <source>The code may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 32).</source>
        <translation>The code may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 32).</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Choose a kind that fits this level of organisation.</source>
        <translation>Choose a kind that fits this level of organisation.</translation>
    </message>
    <message>
        <source>The end of validity must come after its start.</source>
        <translation>The end of validity must come after its start.</translation>
    </message>
</context>
<context>
    <name>cutru::OrganisationTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 — %Ln member(s) in its scope</source>
        <translation>
            <numerusform>%1
%2 — %Ln member in its scope</numerusform>
            <numerusform>%1
%2 — %Ln members in its scope</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutru::OverviewPage</name>
    <message>
        <source>Organisation overview</source>
        <translation>Organisation overview</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Working members by type of workplace</source>
        <translation>Working members by type of workplace</translation>
    </message>
    <message>
        <source>Working members</source>
        <translation>Working members</translation>
    </message>
</context>
<context>
    <name>cutru::Residence</name>
    <message>
        <source>Choose the member to refer.</source>
        <translation>Choose the member to refer.</translation>
    </message>
    <message>
        <source>Choose the issuing party organisation.</source>
        <translation>Choose the issuing party organisation.</translation>
    </message>
    <message>
        <source>The issue date is required.</source>
        <translation>The issue date is required.</translation>
    </message>
    <message>
        <source>The letter needs a number and a year.</source>
        <translation>The letter needs a number and a year.</translation>
    </message>
    <message>
        <source>Choose the receiving commune, or name the committee outside the province.</source>
        <translation>Choose the receiving commune, or name the committee outside the province.</translation>
    </message>
    <message>
        <source>A referral cannot be received before it was issued.</source>
        <translation>A referral cannot be received before it was issued.</translation>
    </message>
    <message>
        <source>A referral is received before it is assigned to a cell.</source>
        <translation>A referral is received before it is assigned to a cell.</translation>
    </message>
    <message>
        <source>A referral outside the province is not assigned to a cell here.</source>
        <translation>A referral outside the province is not assigned to a cell here.</translation>
    </message>
    <message>
        <source>A member is assigned to a cell on or after reception.</source>
        <translation>A member is assigned to a cell on or after reception.</translation>
    </message>
    <message>
        <source>Give the Guideline 33 reason for the exemption.</source>
        <translation>Give the Guideline 33 reason for the exemption.</translation>
    </message>
    <message>
        <source>The exemption ends before it starts.</source>
        <translation>The exemption ends before it starts.</translation>
    </message>
    <message>
        <source>Give the reason the referral ended.</source>
        <translation>Give the reason the referral ended.</translation>
    </message>
    <message>
        <source>Describe the reason in a note.</source>
        <translation>Describe the reason in a note.</translation>
    </message>
    <message>
        <source>A referral cannot end before it was issued.</source>
        <translation>A referral cannot end before it was issued.</translation>
    </message>
    <message>
        <source>Choose the cell holding the meeting.</source>
        <translation>Choose the cell holding the meeting.</translation>
    </message>
    <message>
        <source>The meeting date is required.</source>
        <translation>The meeting date is required.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>The capacity cannot be negative.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>The number of guests cannot be negative.</translation>
    </message>
    <message>
        <source>The attendance belongs to a meeting.</source>
        <translation>The attendance belongs to a meeting.</translation>
    </message>
    <message>
        <source>The attendance names a member.</source>
        <translation>The attendance names a member.</translation>
    </message>
    <message>
        <source>An excused absence needs its reason.</source>
        <translation>An excused absence needs its reason.</translation>
    </message>
    <message>
        <source>The comment names a member.</source>
        <translation>The comment names a member.</translation>
    </message>
    <message>
        <source>The comment&apos;s year is out of range.</source>
        <translation>The comment&apos;s year is out of range.</translation>
    </message>
    <message>
        <source>The comment text is required.</source>
        <translation>The comment text is required.</translation>
    </message>
    <message>
        <source>A comment is sent after it is written.</source>
        <translation>A comment is sent after it is written.</translation>
    </message>
    <message>
        <source>A comment is received after it is sent.</source>
        <translation>A comment is received after it is sent.</translation>
    </message>
    <message>
        <source>The cadre&apos;s name is required.</source>
        <translation>The cadre&apos;s name is required.</translation>
    </message>
    <message>
        <source>Choose the liaison cadre.</source>
        <translation>Choose the liaison cadre.</translation>
    </message>
    <message>
        <source>Choose the commune visited.</source>
        <translation>Choose the commune visited.</translation>
    </message>
    <message>
        <source>The visit date is required.</source>
        <translation>The visit date is required.</translation>
    </message>
    <message>
        <source>A problem is resolved after the visit that raised it.</source>
        <translation>A problem is resolved after the visit that raised it.</translation>
    </message>
</context>
<context>
    <name>cutru::cli</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>&apos;init&apos; needs --out FILE.</source>
        <translation>&apos;init&apos; needs --out FILE.</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>Created %1 (schema version %2).</translation>
    </message>
    <message>
        <source>&apos;demo&apos; needs --out FILE.</source>
        <translation>&apos;demo&apos; needs --out FILE.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed takes a whole number from 0 to 4294967295.</translation>
    </message>
    <message>
        <source>--scale takes a number greater than 0 and at most 1.</source>
        <translation>--scale takes a number greater than 0 and at most 1.</translation>
    </message>
    <message>
        <source>Created the demo province in %1 in %2 s.</source>
        <translation>Created the demo province in %1 in %2 s.</translation>
    </message>
    <message>
        <source>&apos;info&apos; needs --db FILE.</source>
        <translation>&apos;info&apos; needs --db FILE.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>CuTru command line: party members at their place of residence.

Commands:
  init --out FILE              create an empty database of the current schema
  demo --out FILE [--seed N]   build the Thái Bình 2012 demo province
  info --db FILE               schema version and the organisation overview</source>
        <translation>CuTru command line: party members at their place of residence.

Commands:
  init --out FILE              create an empty database of the current schema
  demo --out FILE [--seed N]   build the Thái Bình 2012 demo province
  info --db FILE               schema version and the organisation overview</translation>
    </message>
    <message>
        <source>init, demo or info</source>
        <translation>init, demo or info</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>The database file to open.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The file to create.</source>
        <translation>The file to create.</translation>
    </message>
    <message>
        <source>Random seed of the demo province (default 2012).</source>
        <translation>Random seed of the demo province (default 2012).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Size of the demo province, 0 &lt; X &lt;= 1 (default 1).</source>
        <translation>Size of the demo province, 0 &lt; X &lt;= 1 (default 1).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Log more detail to stderr.</source>
        <translation>Log more detail to stderr.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run cutru-cli --help.</source>
        <translation>Unknown command &apos;%1&apos;. Run cutru-cli --help.</translation>
    </message>
</context>
<context>
    <name>cutru::main</name>
    <message>
        <source>Demo province</source>
        <translation>Demo province</translation>
    </message>
    <message>
        <source>CuTru: party members at their place of residence.</source>
        <translation>CuTru: party members at their place of residence.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>The database to open.</translation>
    </message>
    <message>
        <source>Log more detail.</source>
        <translation>Log more detail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Overview</name>
    <message>
        <source>Organisation overview</source>
        <translation>Organisation overview</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Commune-level party committees</source>
        <translation>Commune-level party committees</translation>
    </message>
    <message>
        <source>Cells under commune-level committees</source>
        <translation>Cells under commune-level committees</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Held in communes</source>
        <translation>Held in communes</translation>
    </message>
    <message>
        <source>Held in wards and townships</source>
        <translation>Held in wards and townships</translation>
    </message>
    <message>
        <source>Working members (in workplace party organisations)</source>
        <translation>Working members (in workplace party organisations)</translation>
    </message>
    <message>
        <source>Working members by type of workplace</source>
        <translation>Working members by type of workplace</translation>
    </message>
    <message>
        <source>Working members with an active referral</source>
        <translation>Working members with an active referral</translation>
    </message>
    <message>
        <source>Provincial liaison cadres</source>
        <translation>Provincial liaison cadres</translation>
    </message>
</context>
<context>
    <name>cutru::storage</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new name.</source>
        <translation>The file %1 already exists; choose a new name.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>The database file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a CuTru database.</source>
        <translation>The file %1 is not a CuTru database.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>The database file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable CuTru database.</source>
        <translation>The file %1 is not a usable CuTru database.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of CuTru (schema %2; this version knows up to %3). Update CuTru to open it.</source>
        <translation>The database %1 was made by a newer version of CuTru (schema %2; this version knows up to %3). Update CuTru to open it.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not CuTru.</source>
        <translation>The file %1 is an SQLite database of another program, not CuTru.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded: it is in use.</source>
        <translation>The database %1 could not be upgraded: it is in use.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to version %2; it was left unchanged at version %3.</source>
        <translation>The database %1 could not be upgraded to version %2; it was left unchanged at version %3.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Try again in a moment.</source>
        <translation>The database is busy with another user&apos;s change. Try again in a moment.</translation>
    </message>
    <message>
        <source>The change could not be saved: the database is busy or read-only.</source>
        <translation>The change could not be saved: the database is busy or read-only.</translation>
    </message>
    <message>
        <source>The parent organisation of %1 does not exist.</source>
        <translation>The parent organisation of %1 does not exist.</translation>
    </message>
    <message>
        <source>The database %1 could not be read: its structure is not what CuTru expects.</source>
        <translation>The database %1 could not be read: its structure is not what CuTru expects.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>The change breaks a rule of the database and was not saved.</translation>
    </message>
    <message>
        <source>The database could not complete the operation.</source>
        <translation>The database could not complete the operation.</translation>
    </message>
    <message>
        <source>The database %1 could not be switched back to its normal journal mode.</source>
        <translation>The database %1 could not be switched back to its normal journal mode.</translation>
    </message>
</context>
</TS>
