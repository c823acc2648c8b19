<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>&amp;Initial password:</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggest</translation>
    </message>
    <message>
        <source>&amp;Enabled: the account may sign in</source>
        <translation>&amp;Enabled: the account may sign in</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>&amp;Remove role</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>&amp;Add role</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Annual comment</source>
        <translation>Annual comment</translation>
    </message>
    <message>
        <source>1. &amp;Exemplary conduct in following Party and State policy, the law and local rules:</source>
        <translation>1. &amp;Exemplary conduct in following Party and State policy, the law and local rules:</translation>
    </message>
    <message>
        <source>2. Taking part in residence meetings — the year&apos;s figures:</source>
        <translation>2. Taking part in residence meetings — the year&apos;s figures:</translation>
    </message>
    <message>
        <source>From the attendance records of the year; refilled while the comment is a draft.</source>
        <translation>From the attendance records of the year; refilled while the comment is a draft.</translation>
    </message>
    <message>
        <source>&amp;Remarks on taking part:</source>
        <translation>&amp;Remarks on taking part:</translation>
    </message>
    <message>
        <source>3. Relations with the &amp;people, neighbours and community:</source>
        <translation>3. Relations with the &amp;people, neighbours and community:</translation>
    </message>
    <message>
        <source>4. &amp;Other remarks:</source>
        <translation>4. &amp;Other remarks:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Conclusion:</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>A CuTru database on a PostgreSQL server, shared by the province&apos;s offices.</source>
        <translation>A CuTru database on a PostgreSQL server, shared by the province&apos;s offices.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>host name or address</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>The password is kept in memory only while CuTru runs; it is never saved. Leave it empty when it comes from a pgpass file or PGPASSWORD.</source>
        <translation>The password is kept in memory only while CuTru runs; it is never saved. Leave it empty when it comes from a pgpass file or PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation>Create the first account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
</context>
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
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation>&amp;Sign in as another user…</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>&amp;User accounts…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>&amp;Import members…</translation>
    </message>
    <message>
        <source>Import or&amp;ganisations…</source>
        <translation>Import or&amp;ganisations…</translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation>&amp;Export members…</translation>
    </message>
    <message>
        <source>Export organisa&amp;tions…</source>
        <translation>Export organisa&amp;tions…</translation>
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
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Go Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to CuTru</source>
        <translation>Sign in to CuTru</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>cutru::AbsenceAlertsWidget</name>
    <message>
        <source>Alert after this many absences in a row:</source>
        <translation>Alert after this many absences in a row:</translation>
    </message>
    <message>
        <source>Count absences with reason</source>
        <translation>Count absences with reason</translation>
    </message>
    <message>
        <source>When unticked, an absence with a reason ends a run of absences without one.</source>
        <translation>When unticked, an absence with a reason ends a run of absences without one.</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Party card no.</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Residence cell</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Workplace organisation</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Absences in a row</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <source>Reading the absences…</source>
        <translation>Reading the absences…</translation>
    </message>
    <message>
        <source>No member has been absent that many times in a row.</source>
        <translation>No member has been absent that many times in a row.</translation>
    </message>
    <message>
        <source>As of %1: %2 members to tell their workplace organisations about.</source>
        <translation>As of %1: %2 members to tell their workplace organisations about.</translation>
    </message>
    <message>
        <source>As of %1, in %2: %3 members to tell their workplace organisations about.</source>
        <translation>As of %1, in %2: %3 members to tell their workplace organisations about.</translation>
    </message>
    <message>
        <source>Absence alerts</source>
        <translation>Absence alerts</translation>
    </message>
    <message>
        <source>At least %1 absences in a row, with or without a reason; as of %2.</source>
        <translation>At least %1 absences in a row, with or without a reason; as of %2.</translation>
    </message>
    <message>
        <source>At least %1 absences in a row without a reason; as of %2.</source>
        <translation>At least %1 absences in a row without a reason; as of %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export absence alerts</source>
        <translation>Export absence alerts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>cutru::Access</name>
    <message>
        <source>%1 (whole database)</source>
        <translation>%1 (whole database)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Seeing this member</source>
        <translation>Seeing this member</translation>
    </message>
    <message>
        <source>Changing this member&apos;s record</source>
        <translation>Changing this member&apos;s record</translation>
    </message>
    <message>
        <source>Seeing CCCD numbers</source>
        <translation>Seeing CCCD numbers</translation>
    </message>
    <message>
        <source>Seeing phone numbers</source>
        <translation>Seeing phone numbers</translation>
    </message>
    <message>
        <source>Changing the organisation tree</source>
        <translation>Changing the organisation tree</translation>
    </message>
    <message>
        <source>Managing user accounts</source>
        <translation>Managing user accounts</translation>
    </message>
    <message>
        <source>Issuing referral letters</source>
        <translation>Issuing referral letters</translation>
    </message>
    <message>
        <source>Receiving referrals</source>
        <translation>Receiving referrals</translation>
    </message>
    <message>
        <source>Assigning members to cells</source>
        <translation>Assigning members to cells</translation>
    </message>
    <message>
        <source>Managing cell meetings</source>
        <translation>Managing cell meetings</translation>
    </message>
    <message>
        <source>Recording attendance</source>
        <translation>Recording attendance</translation>
    </message>
    <message>
        <source>Writing annual comments</source>
        <translation>Writing annual comments</translation>
    </message>
    <message>
        <source>Reading annual comments</source>
        <translation>Reading annual comments</translation>
    </message>
    <message>
        <source>Managing liaison cadres</source>
        <translation>Managing liaison cadres</translation>
    </message>
    <message>
        <source>Reading the change history</source>
        <translation>Reading the change history</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>Restoring the database</translation>
    </message>
    <message>
        <source>%1 needs the role %2 for the organisation concerned.</source>
        <translation>%1 needs the role %2 for the organisation concerned.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>Planning the year&apos;s meetings</source>
        <translation>Planning the year&apos;s meetings</translation>
    </message>
    <message>
        <source>Preparing annual comment drafts</source>
        <translation>Preparing annual comment drafts</translation>
    </message>
    <message>
        <source>Receiving annual comments</source>
        <translation>Receiving annual comments</translation>
    </message>
    <message>
        <source>Requesting annual comments</source>
        <translation>Requesting annual comments</translation>
    </message>
    <message>
        <source>Reading liaison visits and problems</source>
        <translation>Reading liaison visits and problems</translation>
    </message>
</context>
<context>
    <name>cutru::AccountEditDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>e.g. vanphong.vuhoa</source>
        <translation>e.g. vanphong.vuhoa</translation>
    </message>
    <message>
        <source>the owner changes it at the first sign-in</source>
        <translation>the owner changes it at the first sign-in</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>Whole database</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the organisation from the list: type part of its name, then pick it.</source>
        <translation>Choose the organisation from the list: type part of its name, then pick it.</translation>
    </message>
    <message>
        <source>The account has this role already.</source>
        <translation>The account has this role already.</translation>
    </message>
    <message>
        <source>Account not saved</source>
        <translation>Account not saved</translation>
    </message>
</context>
<context>
    <name>cutru::AccountService</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, dash or underscore, starting with a letter or a digit.</source>
        <translation>A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, dash or underscore, starting with a letter or a digit.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n characters.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation>A password needs both letters and digits.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <source>The role %1 is given twice.</source>
        <translation>The role %1 is given twice.</translation>
    </message>
    <message>
        <source>The role %1 needs an organisation.</source>
        <translation>The role %1 needs an organisation.</translation>
    </message>
    <message>
        <source>The organisation of the role %1 no longer exists.</source>
        <translation>The organisation of the role %1 no longer exists.</translation>
    </message>
    <message>
        <source>The role %1 is given over a %2, not over %3.</source>
        <translation>The role %1 is given over a %2, not over %3.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Enter the person&apos;s full name.</translation>
    </message>
    <message>
        <source>This database already has accounts; sign in instead.</source>
        <translation>This database already has accounts; sign in instead.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the provincial board to enable it.</source>
        <translation>The account %1 is disabled. Ask the provincial board to enable it.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords until %3. The provincial board can unlock it sooner.</source>
        <translation>The account %1 is locked after %2 wrong passwords until %3. The provincial board can unlock it sooner.</translation>
    </message>
    <message>
        <source>Wrong password %1 times: the account %2 is locked until %3.</source>
        <translation>Wrong password %1 times: the account %2 is locked until %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>%n attempt left before the account is locked.</numerusform>
            <numerusform>%n attempts left before the account is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a signed-in account has a password to change.</source>
        <translation>Only a signed-in account has a password to change.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Another account already has this user name.</source>
        <translation>Another account already has this user name.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message>
        <source>At least one enabled account must keep the provincial board role.</source>
        <translation>At least one enabled account must keep the provincial board role.</translation>
    </message>
    <message>
        <source>Someone changed this account after you opened it. Reload it and make your change again.</source>
        <translation>Someone changed this account after you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <source>Your account has been disabled since you signed in; nothing was saved.</source>
        <translation>Your account has been disabled since you signed in; nothing was saved.</translation>
    </message>
    <message>
        <source>Your roles have changed since you signed in; nothing was saved. Sign in again (Account → Sign in as another user…).</source>
        <translation>Your roles have changed since you signed in; nothing was saved. Sign in again (Account → Sign in as another user…).</translation>
    </message>
    <message>
        <source>The database role %1 has no CuTru account in this database. Connect with the user name of your account, or ask the provincial board to create one.</source>
        <translation>The database role %1 has no CuTru account in this database. Connect with the user name of your account, or ask the provincial board to create one.</translation>
    </message>
</context>
<context>
    <name>cutru::AccountsDialog</name>
    <message>
        <source>User accounts — CuTru</source>
        <translation>User accounts — CuTru</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Enabled (password to change)</source>
        <translation>Enabled (password to change)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Your account no longer has the provincial board role: it cannot manage accounts any more.</source>
        <translation>Your account no longer has the provincial board role: it cannot manage accounts any more.</translation>
    </message>
    <message>
        <source>Account %1 created. Its owner chooses a new password at the first sign-in.</source>
        <translation>Account %1 created. Its owner chooses a new password at the first sign-in.</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Account %1 saved.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. Its owner chooses a new one at the next sign-in.</source>
        <translation>The password of %1 was reset. Its owner chooses a new one at the next sign-in.</translation>
    </message>
    <message>
        <source>Account not unlocked</source>
        <translation>Account not unlocked</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Account %1 unlocked.</translation>
    </message>
    <message>
        <source>Disable your account</source>
        <translation>Disable your account</translation>
    </message>
    <message>
        <source>Disable your own account %1? You will not be able to sign in with it again until another provincial board account enables it.</source>
        <translation>Disable your own account %1? You will not be able to sign in with it again until another provincial board account enables it.</translation>
    </message>
    <message>
        <source>Account not enabled</source>
        <translation>Account not enabled</translation>
    </message>
    <message>
        <source>Account not disabled</source>
        <translation>Account not disabled</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>Account %1 disabled: it can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>cutru::AssignmentDialog</name>
    <message>
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>District or commune:</source>
        <translation>District or commune:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To (blank: open):</source>
        <translation>To (blank: open):</translation>
    </message>
    <message>
        <source>End assignment</source>
        <translation>End assignment</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Assignment:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Last day:</translation>
    </message>
</context>
<context>
    <name>cutru::AttendanceImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 has no status column (&quot;Tình hình&quot;, &quot;Trạng thái&quot; or &quot;Status&quot;) in its first line.</source>
        <translation>%1 has no status column (&quot;Tình hình&quot;, &quot;Trạng thái&quot; or &quot;Status&quot;) in its first line.</translation>
    </message>
    <message>
        <source>%1 has neither a party card column (&quot;Số thẻ đảng viên&quot;, &quot;Party card&quot;) nor a CCCD column (&quot;Số CCCD&quot;) in its first line.</source>
        <translation>%1 has neither a party card column (&quot;Số thẻ đảng viên&quot;, &quot;Party card&quot;) nor a CCCD column (&quot;Số CCCD&quot;) in its first line.</translation>
    </message>
    <message>
        <source>%1 does not say which meeting its rows belong to: choose the meeting, or give the file a cell code column (&quot;Mã chi bộ&quot;) and a date column (&quot;Ngày&quot;).</source>
        <translation>%1 does not say which meeting its rows belong to: choose the meeting, or give the file a cell code column (&quot;Mã chi bộ&quot;) and a date column (&quot;Ngày&quot;).</translation>
    </message>
    <message>
        <source>%1 has a header line but no rows.</source>
        <translation>%1 has a header line but no rows.</translation>
    </message>
    <message>
        <source>There is no meeting number %1.</source>
        <translation>There is no meeting number %1.</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</source>
        <translation>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (dd/MM/yyyy).</source>
        <translation>&quot;%1&quot; is not a date (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>The cell code is empty.</source>
        <translation>The cell code is empty.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <source>There is no cell with the code %1.</source>
        <translation>There is no cell with the code %1.</translation>
    </message>
    <message>
        <source>Cell %1 has no meeting on %2.</source>
        <translation>Cell %1 has no meeting on %2.</translation>
    </message>
    <message>
        <source>Cell %1 has several meetings on %2: import each meeting&apos;s rows with its number.</source>
        <translation>Cell %1 has several meetings on %2: import each meeting&apos;s rows with its number.</translation>
    </message>
    <message>
        <source>The row is for cell %1 on %2, not for the meeting of %3 on %4.</source>
        <translation>The row is for cell %1 on %2, not for the meeting of %3 on %4.</translation>
    </message>
    <message>
        <source>The row has neither a party card number nor a CCCD number.</source>
        <translation>The row has neither a party card number nor a CCCD number.</translation>
    </message>
    <message>
        <source>The party card number %1 and the CCCD number %2 belong to different members.</source>
        <translation>The party card number %1 and the CCCD number %2 belong to different members.</translation>
    </message>
    <message>
        <source>No member on the sheet of this meeting has the CCCD number %1.</source>
        <translation>No member on the sheet of this meeting has the CCCD number %1.</translation>
    </message>
    <message>
        <source>No member has the party card number %1, and no member on the sheet of this meeting has the CCCD number %2.</source>
        <translation>No member has the party card number %1, and no member on the sheet of this meeting has the CCCD number %2.</translation>
    </message>
    <message>
        <source>No member has the party card number %1 or the CCCD number %2.</source>
        <translation>No member has the party card number %1 or the CCCD number %2.</translation>
    </message>
    <message>
        <source>No member has the party card number %1.</source>
        <translation>No member has the party card number %1.</translation>
    </message>
    <message>
        <source>No member has the CCCD number %1.</source>
        <translation>No member has the CCCD number %1.</translation>
    </message>
    <message>
        <source>%1 is exempt from meetings on %2: not marked.</source>
        <translation>%1 is exempt from meetings on %2: not marked.</translation>
    </message>
    <message>
        <source>Not on the sheet of the meeting of %1 on %2: neither referred to the cell on that date nor one of its members.</source>
        <translation>Not on the sheet of the meeting of %1 on %2: neither referred to the cell on that date nor one of its members.</translation>
    </message>
    <message>
        <source>%1: the status is empty.</source>
        <translation>%1: the status is empty.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a status; write present, absent with reason or absent without reason (có mặt, vắng có lý do, vắng không lý do).</source>
        <translation>%1: &quot;%2&quot; is not a status; write present, absent with reason or absent without reason (có mặt, vắng có lý do, vắng không lý do).</translation>
    </message>
    <message>
        <source>%1: an excused absence needs its reason.</source>
        <translation>%1: an excused absence needs its reason.</translation>
    </message>
    <message>
        <source>%1 is already marked on line %2 of this file.</source>
        <translation>%1 is already marked on line %2 of this file.</translation>
    </message>
    <message>
        <source>The file has rows for cell %1, whose attendance you may not record. %2</source>
        <translation>The file has rows for cell %1, whose attendance you may not record. %2</translation>
    </message>
</context>
<context>
    <name>cutru::AttendanceImportDialog</name>
    <message>
        <source>Import attendance</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Matched rows: %1 (new %2, changed %3, already recorded %4). Rows left out: %5.</source>
        <translation>Matched rows: %1 (new %2, changed %3, already recorded %4). Rows left out: %5.</translation>
    </message>
    <message>
        <source>Nothing written yet: Import records the matched rows.</source>
        <translation>Nothing written yet: Import records the matched rows.</translation>
    </message>
    <message>
        <source>Nothing to import: every matched row is already recorded.</source>
        <translation>Nothing to import: every matched row is already recorded.</translation>
    </message>
    <message>
        <source>Imported: %1 marks written in one step.</source>
        <translation>Imported: %1 marks written in one step.</translation>
    </message>
    <message>
        <source>Nothing written: every matched row was already recorded.</source>
        <translation>Nothing written: every matched row was already recorded.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>already recorded</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Attendance of %1 from a CSV file: a party card number or CCCD column, a status column (present, absent with reason, absent without reason) and a reason column. Check first: nothing is written until you import.</source>
        <translation>Attendance of %1 from a CSV file: a party card number or CCCD column, a status column (present, absent with reason, absent without reason) and a reason column. Check first: nothing is written until you import.</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Member or reason</source>
        <translation>Member or reason</translation>
    </message>
</context>
<context>
    <name>cutru::AttendanceSheetWidget</name>
    <message>
        <source>(type the reason)</source>
        <translation>(type the reason)</translation>
    </message>
    <message>
        <source>One of the cell&apos;s own members: listed on the sheet, not counted in the rate.</source>
        <translation>One of the cell&apos;s own members: listed on the sheet, not counted in the rate.</translation>
    </message>
    <message>
        <source>An absence with reason needs its reason: type it here.</source>
        <translation>An absence with reason needs its reason: type it here.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Party card no.</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Workplace organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>This meeting no longer exists.</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Read only. %1</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</source>
        <translation>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</translation>
    </message>
    <message>
        <source>No member is exempt from this meeting.</source>
        <translation>No member is exempt from this meeting.</translation>
    </message>
    <message>
        <source>Exempt from meetings (Guideline 33): %1 — listed apart, not counted, not marked.</source>
        <translation>Exempt from meetings (Guideline 33): %1 — listed apart, not counted, not marked.</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>No meeting is open.</translation>
    </message>
    <message>
        <source>%1
Reload reads the meeting again and keeps the marks made here; then save again.</source>
        <translation>%1
Reload reads the meeting again and keeps the marks made here; then save again.</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Not saved:
%1</translation>
    </message>
    <message>
        <source>Attendance saved: %1 present of %2 expected.</source>
        <translation>Attendance saved: %1 present of %2 expected.</translation>
    </message>
    <message>
        <source>Read again; your marks are kept. Save to record them.</source>
        <translation>Read again; your marks are kept. Save to record them.</translation>
    </message>
    <message>
        <source>Marked present: %1. Now mark the absent members.</source>
        <translation>Marked present: %1. Now mark the absent members.</translation>
    </message>
    <message>
        <source>Added to the sheet: %1. Mark them like the others; they are not counted in the rate.</source>
        <translation>Added to the sheet: %1. Mark them like the others; they are not counted in the rate.</translation>
    </message>
    <message>
        <source>Add cell members to the sheet</source>
        <translation>Add cell members to the sheet</translation>
    </message>
    <message>
        <source>The cell&apos;s own members may attend the meeting too; they are listed on the sheet but not counted in the rate. Tick those who came.</source>
        <translation>The cell&apos;s own members may attend the meeting too; they are listed on the sheet but not counted in the rate. Tick those who came.</translation>
    </message>
    <message>
        <source>Name or party card number</source>
        <translation>Name or party card number</translation>
    </message>
    <message>
        <source>%1 — card %2</source>
        <translation>%1 — card %2</translation>
    </message>
    <message>
        <source>Every member of the cell is on the sheet already.</source>
        <translation>Every member of the cell is on the sheet already.</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>Unsaved attendance</translation>
    </message>
    <message>
        <source>The attendance of the meeting of %1 has marks that are not saved.</source>
        <translation>The attendance of the meeting of %1 has marks that are not saved.</translation>
    </message>
    <message>
        <source>Save them before leaving the sheet?</source>
        <translation>Save them before leaving the sheet?</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Expected: %1 · present: %2 · absent with reason: %3 · absent without reason: %4 · not marked: %5 · rate: %6</source>
        <translation>Expected: %1 · present: %2 · absent with reason: %3 · absent without reason: %4 · not marked: %5 · rate: %6</translation>
    </message>
    <message>
        <source> · cell members present (not counted): %1</source>
        <translation> · cell members present (not counted): %1</translation>
    </message>
    <message>
        <source> · exempt (not counted): %1</source>
        <translation> · exempt (not counted): %1</translation>
    </message>
    <message>
        <source>← &amp;Meetings</source>
        <translation>← &amp;Meetings</translation>
    </message>
    <message>
        <source>Back to the list of meetings</source>
        <translation>Back to the list of meetings</translation>
    </message>
    <message>
        <source>Keys: &lt;b&gt;P&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; present · &lt;b&gt;E&lt;/b&gt; or &lt;b&gt;L&lt;/b&gt; absent with reason (type the reason, then Enter) · &lt;b&gt;U&lt;/b&gt; or &lt;b&gt;K&lt;/b&gt; absent without reason · &lt;b&gt;Delete&lt;/b&gt; clears · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;%1&lt;/b&gt; all present · &lt;b&gt;%2&lt;/b&gt; save. Rows numbered +1, +2… are the cell&apos;s own members: listed, not counted.</source>
        <translation>Keys: &lt;b&gt;P&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; present · &lt;b&gt;E&lt;/b&gt; or &lt;b&gt;L&lt;/b&gt; absent with reason (type the reason, then Enter) · &lt;b&gt;U&lt;/b&gt; or &lt;b&gt;K&lt;/b&gt; absent without reason · &lt;b&gt;Delete&lt;/b&gt; clears · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;%1&lt;/b&gt; all present · &lt;b&gt;%2&lt;/b&gt; save. Rows numbered +1, +2… are the cell&apos;s own members: listed, not counted.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Marks the selected members present (key P or C).</source>
        <translation>Marks the selected members present (key P or C).</translation>
    </message>
    <message>
        <source>Absent with &amp;reason</source>
        <translation>Absent with &amp;reason</translation>
    </message>
    <message>
        <source>Marks the selected members absent with reason (key E or L).</source>
        <translation>Marks the selected members absent with reason (key E or L).</translation>
    </message>
    <message>
        <source>Absent &amp;without reason</source>
        <translation>Absent &amp;without reason</translation>
    </message>
    <message>
        <source>Marks the selected members absent without reason (key U or K).</source>
        <translation>Marks the selected members absent without reason (key U or K).</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Clears the marks of the selected members (key Delete).</source>
        <translation>Clears the marks of the selected members (key Delete).</translation>
    </message>
    <message>
        <source>&amp;All present (%1)</source>
        <translation>&amp;All present (%1)</translation>
    </message>
    <message>
        <source>Marks every expected member not marked yet present; then mark the absent ones.</source>
        <translation>Marks every expected member not marked yet present; then mark the absent ones.</translation>
    </message>
    <message>
        <source>A&amp;dd cell member…</source>
        <translation>A&amp;dd cell member…</translation>
    </message>
    <message>
        <source>Adds some of the cell&apos;s own members, who attended too (not counted).</source>
        <translation>Adds some of the cell&apos;s own members, who attended too (not counted).</translation>
    </message>
    <message>
        <source>Remo&amp;ve from sheet</source>
        <translation>Remo&amp;ve from sheet</translation>
    </message>
    <message>
        <source>Removes the selected cell member added to the sheet.</source>
        <translation>Removes the selected cell member added to the sheet.</translation>
    </message>
    <message>
        <source>Residents and &amp;guests attending:</source>
        <translation>Residents and &amp;guests attending:</translation>
    </message>
    <message>
        <source>People attending besides party members (residents, guests).</source>
        <translation>People attending besides party members (residents, guests).</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>&amp;Save (%1)</source>
        <translation>&amp;Save (%1)</translation>
    </message>
    <message>
        <source>Records the whole sheet at once.</source>
        <translation>Records the whole sheet at once.</translation>
    </message>
    <message>
        <source>Exemption (Guideline 33)</source>
        <translation>Exemption (Guideline 33)</translation>
    </message>
    <message>
        <source>Nothing to save: no mark has changed.</source>
        <translation>Nothing to save: no mark has changed.</translation>
    </message>
    <message>
        <source>Meeting of %1 (%2) — %3</source>
        <translation>Meeting of %1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>cutru::AutoBackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Back up the open database automatically once a day</source>
        <translation>Back up the open database automatically once a day</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Keep for:</translation>
    </message>
    <message>
        <source>The first time a database is opened each day, a copy of it is saved in the folder, named after the database and the date (for example demo-2025-03-14.cutru). Its automatic backups older than the number of days above are removed; other files in the folder are left alone.</source>
        <translation>The first time a database is opened each day, a copy of it is saved in the folder, named after the database and the date (for example demo-2025-03-14.cutru). Its automatic backups older than the number of days above are removed; other files in the folder are left alone.</translation>
    </message>
    <message>
        <source>Choose the folder for the automatic backups.</source>
        <translation>Choose the folder for the automatic backups.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Folder for automatic backups</translation>
    </message>
</context>
<context>
    <name>cutru::BackupController</name>
    <message>
        <source>The operation failed; see the log for details.</source>
        <translation>The operation failed; see the log for details.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Save a copy of the open database, also while it is in use</source>
        <translation>Save a copy of the open database, also while it is in use</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Replace the open database with a backup; a safety copy of it is kept first</source>
        <translation>Replace the open database with a backup; a safety copy of it is kept first</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Automatic backups…</translation>
    </message>
    <message>
        <source>Daily backups: on or off, where, and for how many days</source>
        <translation>Daily backups: on or off, where, and for how many days</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Backup file: %1
Schema version: %2
Members: %3
Organisations: %4
Newest change: %5</source>
        <translation>Backup file: %1
Schema version: %2
Members: %3
Organisations: %4
Newest change: %5</translation>
    </message>
    <message>
        <source>CuTru</source>
        <translation>CuTru</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>CuTru databases (*.cutru)</source>
        <translation>CuTru databases (*.cutru)</translation>
    </message>
    <message>
        <source>Another backup or restore is under way.</source>
        <translation>Another backup or restore is under way.</translation>
    </message>
    <message>
        <source>Backing up %1 to %2…</source>
        <translation>Backing up %1 to %2…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>The backup failed.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>CuTru databases (*.cutru);;All files (*)</source>
        <translation>CuTru databases (*.cutru);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Checking the backup %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore into which database file?</source>
        <translation>Restore into which database file?</translation>
    </message>
    <message>
        <source>Restore the database %1 from this backup?</source>
        <translation>Restore the database %1 from this backup?</translation>
    </message>
    <message>
        <source>Everything in the database now is replaced by the backup&apos;s content. A safety copy of the database as it is now is kept beside it first, named …before-restore-(date and time).cutru.</source>
        <translation>Everything in the database now is replaced by the backup&apos;s content. A safety copy of the database as it is now is kept beside it first, named …before-restore-(date and time).cutru.</translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation>Restoring %1 from %2…</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>The database as it was before is kept in %1.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>The restore was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>The restore failed.</translation>
    </message>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Automatic backup saved: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>cutru::BackupService</name>
    <message>
        <source>The folder for automatic backups %1 cannot be created.</source>
        <translation>The folder for automatic backups %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>cutru::CadreDialog</name>
    <message>
        <source>New liaison cadre</source>
        <translation>New liaison cadre</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>District or commune</source>
        <translation>District or commune</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Add assignment…</source>
        <translation>Add assignment…</translation>
    </message>
    <message>
        <source>End assignment…</source>
        <translation>End assignment…</translation>
    </message>
    <message>
        <source>Liaison cadre: %1</source>
        <translation>Liaison cadre: %1</translation>
    </message>
    <message>
        <source>Save the cadre first (OK), then add the districts or communes assigned.</source>
        <translation>Save the cadre first (OK), then add the districts or communes assigned.</translation>
    </message>
</context>
<context>
    <name>cutru::ChangePasswordDialog</name>
    <message>
        <source>Change password — %1</source>
        <translation>Change password — %1</translation>
    </message>
    <message>
        <source>The password of %1 was set by the provincial board or has not been changed since the account was created. Choose your own password to continue.</source>
        <translation>The password of %1 was set by the provincial board or has not been changed since the account was created. Choose your own password to continue.</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Choose a new password for %1.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>A password has at least %n characters, with both letters and digits.</numerusform>
            <numerusform>A password has at least %n characters, with both letters and digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Password not changed</translation>
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
    <message>
        <source>Provincial board</source>
        <translation>Provincial board</translation>
    </message>
    <message>
        <source>Commune office</source>
        <translation>Commune office</translation>
    </message>
    <message>
        <source>Cell secretary</source>
        <translation>Cell secretary</translation>
    </message>
    <message>
        <source>Workplace party officer</source>
        <translation>Workplace party officer</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Local political tasks and results</source>
        <translation>Local political tasks and results</translation>
    </message>
    <message>
        <source>Pressing local problems</source>
        <translation>Pressing local problems</translation>
    </message>
    <message>
        <source>Citizen duties</source>
        <translation>Citizen duties</translation>
    </message>
    <message>
        <source>Mobilising families to follow Party and State policy</source>
        <translation>Mobilising families to follow Party and State policy</translation>
    </message>
    <message>
        <source>Building a cultural village or residential group; village rules</source>
        <translation>Building a cultural village or residential group; village rules</translation>
    </message>
    <message>
        <source>Members&apos; opinions on local work</source>
        <translation>Members&apos; opinions on local work</translation>
    </message>
    <message>
        <source>Contact with the workplace cell committee</source>
        <translation>Contact with the workplace cell committee</translation>
    </message>
    <message>
        <source>Regulation 213-QĐ/TW (every 6 months: 2 a year)</source>
        <translation>Regulation 213-QĐ/TW (every 6 months: 2 a year)</translation>
    </message>
    <message>
        <source>Regulation 76-QĐ/TW (as set by the province)</source>
        <translation>Regulation 76-QĐ/TW (as set by the province)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Fulfils their duties well</source>
        <translation>Fulfils their duties well</translation>
    </message>
    <message>
        <source>Fulfils their duties</source>
        <translation>Fulfils their duties</translation>
    </message>
    <message>
        <source>Does not fulfil their duties</source>
        <translation>Does not fulfil their duties</translation>
    </message>
    <message>
        <source>Promotion or appointment</source>
        <translation>Promotion or appointment</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Meeting venue too small</source>
        <translation>Meeting venue too small</translation>
    </message>
    <message>
        <source>Unclear relation with the village cell</source>
        <translation>Unclear relation with the village cell</translation>
    </message>
    <message>
        <source>Members not attending</source>
        <translation>Members not attending</translation>
    </message>
    <message>
        <source>Referral not received</source>
        <translation>Referral not received</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being resolved</source>
        <translation>Being resolved</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>cutru::CommentDialog</name>
    <message>
        <source>No held meeting of the year expected this member.</source>
        <translation>No held meeting of the year expected this member.</translation>
    </message>
    <message>
        <source>Present %1 of %2, absent with a reason %3, without a reason %4</source>
        <translation>Present %1 of %2, absent with a reason %3, without a reason %4</translation>
    </message>
    <message>
        <source>Annual comment %1: %2</source>
        <translation>Annual comment %1: %2</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Unsign</source>
        <translation>Unsign</translation>
    </message>
    <message>
        <source>Back to a draft, to correct it (only before it is sent).</source>
        <translation>Back to a draft, to correct it (only before it is sent).</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Draft of %1.</source>
        <translation>Draft of %1.</translation>
    </message>
    <message>
        <source>Signed on %1 by %2 (%3).</source>
        <translation>Signed on %1 by %2 (%3).</translation>
    </message>
    <message>
        <source>Signed on %1 by %2; sent on %3.</source>
        <translation>Signed on %1 by %2; sent on %3.</translation>
    </message>
    <message>
        <source>Signed on %1 by %2; sent on %3; received on %4.</source>
        <translation>Signed on %1 by %2; sent on %3; received on %4.</translation>
    </message>
</context>
<context>
    <name>cutru::CommentService</name>
    <message>
        <source>This comment was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>This comment was changed by someone else meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>This comment request was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>This comment request was changed by someone else meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>Only the provincial board sets the deadline of the annual comments.</source>
        <translation>Only the provincial board sets the deadline of the annual comments.</translation>
    </message>
    <message>
        <source>%1/%2 is not a day of the year.</source>
        <translation>%1/%2 is not a day of the year.</translation>
    </message>
    <message>
        <source>Annual comments are written by village and residential-group cells.</source>
        <translation>Annual comments are written by village and residential-group cells.</translation>
    </message>
    <message>
        <source>A new comment is not sent yet: mark it sent once it is signed.</source>
        <translation>A new comment is not sent yet: mark it sent once it is signed.</translation>
    </message>
    <message>
        <source>This member already has a comment for %1.</source>
        <translation>This member already has a comment for %1.</translation>
    </message>
    <message>
        <source>This member does not need a comment from %1 for %2.</source>
        <translation>This member does not need a comment from %1 for %2.</translation>
    </message>
    <message>
        <source>This comment has been sent to the workplace organisation and can no longer be changed.</source>
        <translation>This comment has been sent to the workplace organisation and can no longer be changed.</translation>
    </message>
    <message>
        <source>A comment stays with its member, year and cell.</source>
        <translation>A comment stays with its member, year and cell.</translation>
    </message>
    <message>
        <source>Mark the comment sent once it is signed.</source>
        <translation>Mark the comment sent once it is signed.</translation>
    </message>
    <message>
        <source>A comment cannot be signed on a day still to come (%1).</source>
        <translation>A comment cannot be signed on a day still to come (%1).</translation>
    </message>
    <message>
        <source>This comment is already signed.</source>
        <translation>This comment is already signed.</translation>
    </message>
    <message>
        <source>This comment is not signed.</source>
        <translation>This comment is not signed.</translation>
    </message>
    <message>
        <source>Choose the cell, commune, district or province to prepare.</source>
        <translation>Choose the cell, commune, district or province to prepare.</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>The year %1 is out of range.</translation>
    </message>
    <message>
        <source>The year %1 has not begun: its comments cannot be prepared yet.</source>
        <translation>The year %1 has not begun: its comments cannot be prepared yet.</translation>
    </message>
    <message>
        <source>Cancelled: no draft was written.</source>
        <translation>Cancelled: no draft was written.</translation>
    </message>
    <message>
        <source>Give the day the comments were sent (today or earlier).</source>
        <translation>Give the day the comments were sent (today or earlier).</translation>
    </message>
    <message>
        <source>The comment on %1 was signed on %2: it cannot be sent before.</source>
        <translation>The comment on %1 was signed on %2: it cannot be sent before.</translation>
    </message>
    <message>
        <source>Give the day the comments were received (today or earlier).</source>
        <translation>Give the day the comments were received (today or earlier).</translation>
    </message>
    <message>
        <source>The comment on %1 was sent on %2: it cannot be received before.</source>
        <translation>The comment on %1 was sent on %2: it cannot be received before.</translation>
    </message>
    <message>
        <source>This member has no active referral: there is no cell to ask.</source>
        <translation>This member has no active referral: there is no cell to ask.</translation>
    </message>
    <message>
        <source>A comment on this member is already requested for %1.</source>
        <translation>A comment on this member is already requested for %1.</translation>
    </message>
    <message>
        <source>A request stays with its member and year.</source>
        <translation>A request stays with its member and year.</translation>
    </message>
    <message>
        <source>The requested comment is already signed: the request stays on record.</source>
        <translation>The requested comment is already signed: the request stays on record.</translation>
    </message>
    <message>
        <source>The year %1 has not begun: its comment cannot be written yet.</source>
        <translation>The year %1 has not begun: its comment cannot be written yet.</translation>
    </message>
    <message>
        <source>A comment is requested by the organisation that issued the member&apos;s active referral.</source>
        <translation>A comment is requested by the organisation that issued the member&apos;s active referral.</translation>
    </message>
</context>
<context>
    <name>cutru::CommentsPage</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>There is no village or residential-group cell here whose comments you may read. Choose a commune or a cell in the organisation tree.</source>
        <translation>There is no village or residential-group cell here whose comments you may read. Choose a commune or a cell in the organisation tree.</translation>
    </message>
    <message>
        <source>Your roles do not include reading annual comments.</source>
        <translation>Your roles do not include reading annual comments.</translation>
    </message>
    <message>
        <source>Your roles do not include a workplace organisation receiving comments.</source>
        <translation>Your roles do not include a workplace organisation receiving comments.</translation>
    </message>
    <message>
        <source>Deadline %1 (passed).</source>
        <translation>Deadline %1 (passed).</translation>
    </message>
    <message>
        <source>Deadline %1.</source>
        <translation>Deadline %1.</translation>
    </message>
    <message>
        <source>%1 Due: %2; still missing (not signed): %3.</source>
        <translation>%1 Due: %2; still missing (not signed): %3.</translation>
    </message>
    <message>
        <source>Members due a comment for %1</source>
        <translation>Members due a comment for %1</translation>
    </message>
    <message>
        <source>%1 (requested: %2)</source>
        <translation>%1 (requested: %2)</translation>
    </message>
    <message>
        <source>Exempt members (Guideline 33), not due unless a comment is requested</source>
        <translation>Exempt members (Guideline 33), not due unless a comment is requested</translation>
    </message>
    <message>
        <source>Comments sent to %1 for %2</source>
        <translation>Comments sent to %1 for %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>%1, born %2, party card %3 — %4; comment of %5 for %6.</source>
        <translation>%1, born %2, party card %3 — %4; comment of %5 for %6.</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>Comment saved.</translation>
    </message>
    <message>
        <source>Comment signed by %1 on %2.</source>
        <translation>Comment signed by %1 on %2.</translation>
    </message>
    <message>
        <source>The comment is a draft again.</source>
        <translation>The comment is a draft again.</translation>
    </message>
    <message>
        <source>Prepare drafts</source>
        <translation>Prepare drafts</translation>
    </message>
    <message>
        <source>Prepare drafts for every member due without a comment in %1?</source>
        <translation>Prepare drafts for every member due without a comment in %1?</translation>
    </message>
    <message>
        <source>This cell</source>
        <translation>This cell</translation>
    </message>
    <message>
        <source>The whole commune</source>
        <translation>The whole commune</translation>
    </message>
    <message>
        <source>Drafts prepared: %1 new; %2 members already had a comment.</source>
        <translation>Drafts prepared: %1 new; %2 members already had a comment.</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <source>The day the selected signed comments were sent to the workplace organisations:</source>
        <translation>The day the selected signed comments were sent to the workplace organisations:</translation>
    </message>
    <message>
        <source>Marked sent on %1: %2; %3 left as they were (not signed, or sent already).</source>
        <translation>Marked sent on %1: %2; %3 left as they were (not signed, or sent already).</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Mark received</translation>
    </message>
    <message>
        <source>The day the selected comments were received:</source>
        <translation>The day the selected comments were received:</translation>
    </message>
    <message>
        <source>Marked received on %1: %2; %3 left as they were.</source>
        <translation>Marked received on %1: %2; %3 left as they were.</translation>
    </message>
    <message>
        <source>None of this organisation&apos;s members is exempt: every referred member is commented on anyway.</source>
        <translation>None of this organisation&apos;s members is exempt: every referred member is commented on anyway.</translation>
    </message>
    <message>
        <source>Request a comment</source>
        <translation>Request a comment</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member (exempt):</source>
        <translation>Member (exempt):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Note (which post, reward or case):</source>
        <translation>Note (which post, reward or case):</translation>
    </message>
    <message>
        <source>Comment requested for %1.</source>
        <translation>Comment requested for %1.</translation>
    </message>
    <message>
        <source>Print comment forms</source>
        <translation>Print comment forms</translation>
    </message>
    <message>
        <source>This cell: %1</source>
        <translation>This cell: %1</translation>
    </message>
    <message>
        <source>Every cell of the commune: %1</source>
        <translation>Every cell of the commune: %1</translation>
    </message>
    <message>
        <source>Include drafts (marked as such, with blanks to fill in by hand)</source>
        <translation>Include drafts (marked as such, with blanks to fill in by hand)</translation>
    </message>
    <message>
        <source>comments-%1-%2.pdf</source>
        <translation>comments-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>PDF file:</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Choose the PDF file to write.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>A file is being written already; wait for it.</source>
        <translation>A file is being written already; wait for it.</translation>
    </message>
    <message>
        <source>comments-%1.xlsx</source>
        <translation>comments-%1.xlsx</translation>
    </message>
    <message>
        <source>Export comments</source>
        <translation>Export comments</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Annual comments received</source>
        <translation>Annual comments received</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Party card</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Residence cell</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>There is no comment to print for %1.</source>
        <translation>There is no comment to print for %1.</translation>
    </message>
    <message>
        <source>There is no signed comment to print for %1; include the drafts to print them.</source>
        <translation>There is no signed comment to print for %1; include the drafts to print them.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Wrote the comment forms to %1.</source>
        <translation>Wrote the comment forms to %1.</translation>
    </message>
    <message>
        <source>Exported the comments to %1.</source>
        <translation>Exported the comments to %1.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cell:</translation>
    </message>
    <message>
        <source>&amp;Workplace organisation:</source>
        <translation>&amp;Workplace organisation:</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Workplace organisation</translation>
    </message>
    <message>
        <source>Attendance of the year</source>
        <translation>Attendance of the year</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Prepare drafts</source>
        <translation>&amp;Prepare drafts</translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation>P&amp;rint forms…</translation>
    </message>
    <message>
        <source>Mark &amp;sent…</source>
        <translation>Mark &amp;sent…</translation>
    </message>
    <message>
        <source>Mark &amp;received…</source>
        <translation>Mark &amp;received…</translation>
    </message>
    <message>
        <source>Re&amp;quest a comment…</source>
        <translation>Re&amp;quest a comment…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Other work is under way; wait for it to finish.</source>
        <translation>Other work is under way; wait for it to finish.</translation>
    </message>
    <message>
        <source>Preparing the comment drafts of %1 for %2…</source>
        <translation>Preparing the comment drafts of %1 for %2…</translation>
    </message>
    <message>
        <source>Cancelled; no draft was written.</source>
        <translation>Cancelled; no draft was written.</translation>
    </message>
</context>
<context>
    <name>cutru::ConnectServerDialog</name>
    <message>
        <source>Server password — CuTru</source>
        <translation>Server password — CuTru</translation>
    </message>
    <message>
        <source>Connect to a server — CuTru</source>
        <translation>Connect to a server — CuTru</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>disable: no encryption (only on a trusted network)</source>
        <translation>disable: no encryption (only on a trusted network)</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer: encrypted when the server offers it</translation>
    </message>
    <message>
        <source>require: always encrypted, the server&apos;s certificate not checked</source>
        <translation>require: always encrypted, the server&apos;s certificate not checked</translation>
    </message>
    <message>
        <source>verify-full: always encrypted, the certificate and the server&apos;s name checked (recommended over the Internet)</source>
        <translation>verify-full: always encrypted, the certificate and the server&apos;s name checked (recommended over the Internet)</translation>
    </message>
    <message>
        <source>Enter the password of the database user %1.</source>
        <translation>Enter the password of the database user %1.</translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation>The server refused the password: %1</translation>
    </message>
    <message>
        <source>Enter the server: its host name or address.</source>
        <translation>Enter the server: its host name or address.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is not a valid host name or address.</source>
        <translation>The server &quot;%1&quot; is not a valid host name or address.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Enter the name of the database on the server.</translation>
    </message>
    <message>
        <source>Enter the user name: the database role of your account.</source>
        <translation>Enter the user name: the database role of your account.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
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
    <message>
        <source>Annual comments</source>
        <translation>Annual comments</translation>
    </message>
</context>
<context>
    <name>cutru::ExportDialog</name>
    <message>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <source>Export organisations</source>
        <translation>Export organisations</translation>
    </message>
    <message>
        <source>Every member held by, or living in, an organisation of the scope, with the columns the member import reads: the file can be imported back.</source>
        <translation>Every member held by, or living in, an organisation of the scope, with the columns the member import reads: the file can be imported back.</translation>
    </message>
    <message>
        <source>The organisation chosen and every organisation under it, parents first, with the columns the organisation import reads: the file can be imported back.</source>
        <translation>The organisation chosen and every organisation under it, parents first, with the columns the organisation import reads: the file can be imported back.</translation>
    </message>
    <message>
        <source>Everything you may see</source>
        <translation>Everything you may see</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CSV (UTF-8, comma-separated)</source>
        <translation>CSV (UTF-8, comma-separated)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 exists already. Replace it?</translation>
    </message>
    <message>
        <source>The export failed; see the log for details.</source>
        <translation>The export failed; see the log for details.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln row exported to %1.</numerusform>
            <numerusform>%Ln rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutru::FirstAdministratorDialog</name>
    <message>
        <source>First administrator — CuTru</source>
        <translation>First administrator — CuTru</translation>
    </message>
    <message>
        <source>This database has no accounts yet. The account you create now is the provincial board account over the whole database: it reads everything, manages the organisations and creates the other accounts (commune offices, cell secretaries, workplace officers, auditors).</source>
        <translation>This database has no accounts yet. The account you create now is the provincial board account over the whole database: it reads everything, manages the organisations and creates the other accounts (commune offices, cell secretaries, workplace officers, auditors).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <source>A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, dash or underscore. A password has at least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, dash or underscore. A password has at least %n characters, with both letters and digits.</numerusform>
            <numerusform>A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, dash or underscore. A password has at least %n characters, with both letters and digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. bantochuc</source>
        <translation>e.g. bantochuc</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Enter the person&apos;s full name.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation>Account not created</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>The account %1 was created, but signing in failed: %2</source>
        <translation>The account %1 was created, but signing in failed: %2</translation>
    </message>
</context>
<context>
    <name>cutru::HistoryModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>cutru::HistoryPage</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Select an entry to see its fields before and after the change.</source>
        <translation>Select an entry to see its fields before and after the change.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3 — %4, record %5</source>
        <translation>%1 by %2 at %3 — %4, record %5</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The record&apos;s number in its table: with a table chosen, that record&apos;s whole history.</source>
        <translation>The record&apos;s number in its table: with a table chosen, that record&apos;s whole history.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>First day shown (dd/mm/yyyy); empty for no limit.</source>
        <translation>First day shown (dd/mm/yyyy); empty for no limit.</translation>
    </message>
    <message>
        <source>Last day shown (dd/mm/yyyy), included; empty for no limit.</source>
        <translation>Last day shown (dd/mm/yyyy), included; empty for no limit.</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Re&amp;set</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutru::HistoryService</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date received back</source>
        <translation>Date received back</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
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
        <source>Party card number</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Personal record number</source>
        <translation>Personal record number</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>Official membership date</source>
        <translation>Official membership date</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Residence province</source>
        <translation>Residence province</translation>
    </message>
    <message>
        <source>Residence commune</source>
        <translation>Residence commune</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Residence cell</translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation>Residence address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Issuing organisation</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <source>Letter year</source>
        <translation>Letter year</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Receiving commune</source>
        <translation>Receiving commune</translation>
    </message>
    <message>
        <source>Committee outside the province</source>
        <translation>Committee outside the province</translation>
    </message>
    <message>
        <source>Address outside the province</source>
        <translation>Address outside the province</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Assigned cell</source>
        <translation>Assigned cell</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>Date assigned</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Exemption reason</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>Exempt from</translation>
    </message>
    <message>
        <source>Exempt until</source>
        <translation>Exempt until</translation>
    </message>
    <message>
        <source>Date ended</source>
        <translation>Date ended</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>End note</source>
        <translation>End note</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Venue capacity</source>
        <translation>Venue capacity</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Agenda notes</source>
        <translation>Agenda notes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Date written</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Assigned organisation</source>
        <translation>Assigned organisation</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Date resolved</source>
        <translation>Date resolved</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisation placements</source>
        <translation>Organisation placements</translation>
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
        <source>Annual comments</source>
        <translation>Annual comments</translation>
    </message>
    <message>
        <source>Liaison cadres</source>
        <translation>Liaison cadres</translation>
    </message>
    <message>
        <source>Liaison visits</source>
        <translation>Liaison visits</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account roles</source>
        <translation>Account roles</translation>
    </message>
    <message>
        <source>Database events</source>
        <translation>Database events</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>local administrator (%1)</source>
        <translation>local administrator (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not to be referred</source>
        <translation>Not to be referred</translation>
    </message>
    <message>
        <source>Why not referred</source>
        <translation>Why not referred</translation>
    </message>
    <message>
        <source>Reason for the request</source>
        <translation>Reason for the request</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cell visited</source>
        <translation>Cell visited</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Conduct as a citizen</source>
        <translation>Conduct as a citizen</translation>
    </message>
    <message>
        <source>Taking part in meetings</source>
        <translation>Taking part in meetings</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Meetings attended</translation>
    </message>
    <message>
        <source>Meetings missed with a reason</source>
        <translation>Meetings missed with a reason</translation>
    </message>
    <message>
        <source>Relations with neighbours and the community</source>
        <translation>Relations with neighbours and the community</translation>
    </message>
    <message>
        <source>Other remarks</source>
        <translation>Other remarks</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Date drafted</source>
        <translation>Date drafted</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date requested</source>
        <translation>Date requested</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Comment requests</source>
        <translation>Comment requests</translation>
    </message>
    <message>
        <source>Liaison assignments</source>
        <translation>Liaison assignments</translation>
    </message>
    <message>
        <source>Liaison problems</source>
        <translation>Liaison problems</translation>
    </message>
</context>
<context>
    <name>cutru::ImportField</name>
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
        <source>CCCD number</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Personal record number</source>
        <translation>Personal record number</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Date of admission</translation>
    </message>
    <message>
        <source>Date of official membership</source>
        <translation>Date of official membership</translation>
    </message>
    <message>
        <source>Cell code</source>
        <translation>Cell code</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Province of residence</source>
        <translation>Province of residence</translation>
    </message>
    <message>
        <source>Residence commune code</source>
        <translation>Residence commune code</translation>
    </message>
    <message>
        <source>Residence commune</source>
        <translation>Residence commune</translation>
    </message>
    <message>
        <source>Village / residential group code</source>
        <translation>Village / residential group code</translation>
    </message>
    <message>
        <source>Village / residential group</source>
        <translation>Village / residential group</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent organisation code</source>
        <translation>Parent organisation code</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
</context>
<context>
    <name>cutru::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV file (separated by commas, semicolons or tabs) or an Excel workbook (.xlsx). The first non-empty row must hold the column names.</source>
        <translation>A CSV file (separated by commas, semicolons or tabs) or an Excel workbook (.xlsx). The first non-empty row must hold the column names.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>&amp;Preview of the first rows:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Sheet “%1” of an Excel workbook.</source>
        <translation>Sheet “%1” of an Excel workbook.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2.</source>
        <translation>Read as %1, separated by %2.</translation>
    </message>
    <message>
        <source>Data rows: %1. Columns: %2.</source>
        <translation>Data rows: %1. Columns: %2.</translation>
    </message>
    <message>
        <source>The file has a row of column names but no data rows below it: there is nothing to import.</source>
        <translation>The file has a row of column names but no data rows below it: there is nothing to import.</translation>
    </message>
    <message>
        <source>(beyond the header)</source>
        <translation>(beyond the header)</translation>
    </message>
</context>
<context>
    <name>cutru::ImportMapping</name>
    <message>
        <source>The column “%1” is set to feed “%2”, which is not a field of this import.</source>
        <translation>The column “%1” is set to feed “%2”, which is not a field of this import.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both feed “%3”: keep one.</source>
        <translation>The columns “%1” and “%2” both feed “%3”: keep one.</translation>
    </message>
    <message>
        <source>No column feeds “%1”, which the import needs.</source>
        <translation>No column feeds “%1”, which the import needs.</translation>
    </message>
    <message>
        <source>No column feeds “%1” or “%2”: the import needs the organisation holding the membership.</source>
        <translation>No column feeds “%1” or “%2”: the import needs the organisation holding the membership.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Give the mapping a name.</translation>
    </message>
</context>
<context>
    <name>cutru::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Choose the field each column of the file holds. Columns set to “— ignore —” are not imported. Fields marked * are required.</source>
        <translation>Choose the field each column of the file holds. Columns set to “— ignore —” are not imported. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>Saved &amp;mappings:</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Save mapping…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(column %1, no name)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>There is no saved mapping named “%1”.</source>
        <translation>There is no saved mapping named “%1”.</translation>
    </message>
    <message>
        <source>Applied the saved mapping “%1”.</source>
        <translation>Applied the saved mapping “%1”.</translation>
    </message>
    <message>
        <source>Saved the mapping as “%1”.</source>
        <translation>Saved the mapping as “%1”.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>Name of the mapping:</translation>
    </message>
    <message>
        <source>A mapping named “%1” exists already. Replace it?</source>
        <translation>A mapping named “%1” exists already. Replace it?</translation>
    </message>
</context>
<context>
    <name>cutru::ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows with problems are left out; the others are imported together in one step, or not at all.</source>
        <translation>Nothing has been written yet. Rows with problems are left out; the others are imported together in one step, or not at all.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Rows matching stored records:</source>
        <translation>&amp;Rows matching stored records:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation>Rows in the file:</translation>
    </message>
    <message>
        <source>New members to add:</source>
        <translation>New members to add:</translation>
    </message>
    <message>
        <source>New organisations to add:</source>
        <translation>New organisations to add:</translation>
    </message>
    <message>
        <source>Already in the database:</source>
        <translation>Already in the database:</translation>
    </message>
    <message>
        <source>Possible duplicates (imported; see the warnings):</source>
        <translation>Possible duplicates (imported; see the warnings):</translation>
    </message>
    <message>
        <source>Invalid (left out):</source>
        <translation>Invalid (left out):</translation>
    </message>
    <message>
        <source>Repeated in the file (left out):</source>
        <translation>Repeated in the file (left out):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <source>A row matches a stored member when it has the same CCCD, or else the same party card number.</source>
        <translation>A row matches a stored member when it has the same CCCD, or else the same party card number.</translation>
    </message>
    <message>
        <source>A row matches a stored organisation when it has the same code.</source>
        <translation>A row matches a stored organisation when it has the same code.</translation>
    </message>
    <message>
        <source>Such rows are left out; the stored record stays as it is.</source>
        <translation>Such rows are left out; the stored record stays as it is.</translation>
    </message>
    <message>
        <source>The file&apos;s non-empty cells replace the stored values.</source>
        <translation>The file&apos;s non-empty cells replace the stored values.</translation>
    </message>
    <message>
        <source>The file&apos;s cells fill only the stored record&apos;s empty fields; nothing stored is overwritten.</source>
        <translation>The file&apos;s cells fill only the stored record&apos;s empty fields; nothing stored is overwritten.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Unknown organisations</source>
        <translation>Unknown organisations</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <source>The check was cancelled. Choose Check again to run it.</source>
        <translation>The check was cancelled. Choose Check again to run it.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>Unknown organisations (%1)</source>
        <translation>Unknown organisations (%1)</translation>
    </message>
    <message>
        <source>The first %1 problems are listed; the rejected rows file has them all.</source>
        <translation>The first %1 problems are listed; the rejected rows file has them all.</translation>
    </message>
    <message>
        <source>Nothing to import: no row is new, and no stored record would change.</source>
        <translation>Nothing to import: no row is new, and no stored record would change.</translation>
    </message>
</context>
<context>
    <name>cutru::ImportReport</name>
    <message>
        <source>Skip: leave the stored record alone</source>
        <translation>Skip: leave the stored record alone</translation>
    </message>
    <message>
        <source>Update: the file&apos;s filled cells replace the stored values</source>
        <translation>Update: the file&apos;s filled cells replace the stored values</translation>
    </message>
    <message>
        <source>Fill: the file&apos;s cells fill only the stored record&apos;s empty fields</source>
        <translation>Fill: the file&apos;s cells fill only the stored record&apos;s empty fields</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Cannot write the rejected rows to %1: %2</translation>
    </message>
</context>
<context>
    <name>cutru::ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The valid rows are written in one step: if the import is cancelled or fails, nothing is changed.</source>
        <translation>The valid rows are written in one step: if the import is cancelled or fails, nothing is changed.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancelled — nothing was changed.</source>
        <translation>Cancelled — nothing was changed.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>The import failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Imported from %1 in one step.</source>
        <translation>Imported from %1 in one step.</translation>
    </message>
    <message>
        <source>Nothing was written: no row was new, and no stored record needed a change.</source>
        <translation>Nothing was written: no row was new, and no stored record needed a change.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Skipped (already in the database): %1</source>
        <translation>Skipped (already in the database): %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Left out because of problems: %1</source>
        <translation>Left out because of problems: %1</translation>
    </message>
    <message>
        <source>Unknown organisations: %1</source>
        <translation>Unknown organisations: %1</translation>
    </message>
</context>
<context>
    <name>cutru::ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Import organisations</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>“%1” of %2</translation>
    </message>
    <message>
        <source>No file has been read.</source>
        <translation>No file has been read.</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-rejected.csv</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln rejected row(s) to %1, with their problems in the column “error”.</source>
        <translation>
            <numerusform>Wrote %Ln rejected row to %1, with their problems in the column “error”.</numerusform>
            <numerusform>Wrote %Ln rejected rows to %1, with their problems in the column “error”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; see the log for details.</source>
        <translation>The import failed; see the log for details.</translation>
    </message>
</context>
<context>
    <name>cutru::LiaisonPage</name>
    <message>
        <source>Edit cadre…</source>
        <translation>Edit cadre…</translation>
    </message>
    <message>
        <source>Show cadre…</source>
        <translation>Show cadre…</translation>
    </message>
    <message>
        <source>Edit visit…</source>
        <translation>Edit visit…</translation>
    </message>
    <message>
        <source>Show visit…</source>
        <translation>Show visit…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>Show problem…</source>
        <translation>Show problem…</translation>
    </message>
    <message>
        <source>No district (communes under the province)</source>
        <translation>No district (communes under the province)</translation>
    </message>
    <message>
        <source>All cadres</source>
        <translation>All cadres</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Open problems listed: %1</source>
        <translation>Open problems listed: %1</translation>
    </message>
    <message>
        <source>The visit of %1 is saved.</source>
        <translation>The visit of %1 is saved.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Raised at the visit of %1 on %2 to %3.</source>
        <translation>Raised at the visit of %1 on %2 to %3.</translation>
    </message>
    <message>
        <source>Liaison cadres</source>
        <translation>Liaison cadres</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <source>Add cadre…</source>
        <translation>Add cadre…</translation>
    </message>
    <message>
        <source>Log visit…</source>
        <translation>Log visit…</translation>
    </message>
    <message>
        <source>Cadre:</source>
        <translation>Cadre:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Meeting attended</source>
        <translation>Meeting attended</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cutru::LiaisonService</name>
    <message>
        <source>This %1 was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>This %1 was changed by someone else meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>liaison cadre</source>
        <translation>liaison cadre</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>assignment</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>This liaison cadre is not in the register.</source>
        <translation>This liaison cadre is not in the register.</translation>
    </message>
    <message>
        <source>A cadre is assigned to a district or a commune-level committee.</source>
        <translation>A cadre is assigned to a district or a commune-level committee.</translation>
    </message>
    <message>
        <source>An assignment stays with its cadre.</source>
        <translation>An assignment stays with its cadre.</translation>
    </message>
    <message>
        <source>The last day of the assignment is required.</source>
        <translation>The last day of the assignment is required.</translation>
    </message>
    <message>
        <source>Choose the commune-level committee visited.</source>
        <translation>Choose the commune-level committee visited.</translation>
    </message>
    <message>
        <source>The cell visited must be a cell of %1.</source>
        <translation>The cell visited must be a cell of %1.</translation>
    </message>
    <message>
        <source>Choose the cell whose meeting the cadre attended.</source>
        <translation>Choose the cell whose meeting the cadre attended.</translation>
    </message>
    <message>
        <source>The meeting attended must be a meeting of the cell visited.</source>
        <translation>The meeting attended must be a meeting of the cell visited.</translation>
    </message>
    <message>
        <source>The meeting of %1 is too far from the visit date %2.</source>
        <translation>The meeting of %1 is too far from the visit date %2.</translation>
    </message>
    <message>
        <source>A problem stays with the visit that raised it.</source>
        <translation>A problem stays with the visit that raised it.</translation>
    </message>
    <message>
        <source>The visit that raised this problem is gone.</source>
        <translation>The visit that raised this problem is gone.</translation>
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
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Your account is no longer enabled; the database has been closed.</source>
        <translation>Your account is no longer enabled; the database has been closed.</translation>
    </message>
    <message>
        <source>Members imported.</source>
        <translation>Members imported.</translation>
    </message>
    <message>
        <source>Organisations imported.</source>
        <translation>Organisations imported.</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>Open a CuTru database on a PostgreSQL server shared by the province&apos;s offices</source>
        <translation>Open a CuTru database on a PostgreSQL server shared by the province&apos;s offices</translation>
    </message>
    <message>
        <source>You are not signed in: the password of %1 must be changed first.</source>
        <translation>You are not signed in: the password of %1 must be changed first.</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is backed up by its administrator with pg_dump.</source>
        <translation>A database on a PostgreSQL server is backed up by its administrator with pg_dump.</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is restored by its administrator with pg_restore from a pg_dump archive.</source>
        <translation>A database on a PostgreSQL server is restored by its administrator with pg_restore from a pg_dump archive.</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingDialog</name>
    <message>
        <source>New meeting — %1</source>
        <translation>New meeting — %1</translation>
    </message>
    <message>
        <source>Meeting of %1 — %2 (read only)</source>
        <translation>Meeting of %1 — %2 (read only)</translation>
    </message>
    <message>
        <source>Meeting of %1 — %2</source>
        <translation>Meeting of %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>e.g. the village cultural house</source>
        <translation>e.g. the village cultural house</translation>
    </message>
    <message>
        <source>&amp;Capacity of the venue:</source>
        <translation>&amp;Capacity of the venue:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> seats</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>Other &amp;items:</source>
        <translation>Other &amp;items:</translation>
    </message>
    <message>
        <source>Items of this meeting not in the list above</source>
        <translation>Items of this meeting not in the list above</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation>C&amp;haired by:</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Read only. %1</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingPrintDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>Print the sign-in sheet</translation>
    </message>
    <message>
        <source>The blank sign-in sheet of %1: the expected members and the cell&apos;s own members added, with a column for signatures, to print before the meeting. Official documents are always in Vietnamese.</source>
        <translation>The blank sign-in sheet of %1: the expected members and the cell&apos;s own members added, with a column for signatures, to print before the meeting. Official documents are always in Vietnamese.</translation>
    </message>
    <message>
        <source>Print the attendance record</source>
        <translation>Print the attendance record</translation>
    </message>
    <message>
        <source>The attendance record of %1 as saved: agenda, who attended and who was absent (with reasons), exempt members apart, the rate, guests and the minutes. Official documents are always in Vietnamese.</source>
        <translation>The attendance record of %1 as saved: agenda, who attended and who was absent (with reasons), exempt members apart, the rate, guests and the minutes. Official documents are always in Vietnamese.</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>PDF &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingRulesDialog</name>
    <message>
        <source>Meeting rules</source>
        <translation>Meeting rules</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Read only. %1</translation>
    </message>
    <message>
        <source>Rule &amp;profile:</source>
        <translation>Rule &amp;profile:</translation>
    </message>
    <message>
        <source>&amp;Meetings a year (Regulation 76):</source>
        <translation>&amp;Meetings a year (Regulation 76):</translation>
    </message>
    <message>
        <source>&amp;Alert after consecutive absences:</source>
        <translation>&amp;Alert after consecutive absences:</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> meetings</translation>
    </message>
    <message>
        <source>Absences &amp;with reason count towards the alert</source>
        <translation>Absences &amp;with reason count towards the alert</translation>
    </message>
    <message>
        <source>&amp;Crowded cell: referred members above</source>
        <translation>&amp;Crowded cell: referred members above</translation>
    </message>
    <message>
        <source>A cell whose referred members exceed this is listed in the Overview as having no venue large enough (150 in the source).</source>
        <translation>A cell whose referred members exceed this is listed in the Overview as having no venue large enough (150 in the source).</translation>
    </message>
    <message>
        <source>&amp;Target attendance rate:</source>
        <translation>&amp;Target attendance rate:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The attendance report highlights the rows whose attendance rate is under this (80 % by default; the source reports 80–90 %).</source>
        <translation>The attendance report highlights the rows whose attendance rate is under this (80 % by default; the source reports 80–90 %).</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingService</name>
    <message>
        <source>This meeting was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>This meeting was changed by someone else meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>Residence meetings are held by village and residential-group cells.</source>
        <translation>Residence meetings are held by village and residential-group cells.</translation>
    </message>
    <message>
        <source>A meeting stays with its cell.</source>
        <translation>A meeting stays with its cell.</translation>
    </message>
    <message>
        <source>The meeting of %1 has attendance recorded and cannot be deleted.</source>
        <translation>The meeting of %1 has attendance recorded and cannot be deleted.</translation>
    </message>
    <message>
        <source>Choose the commune, district or province to plan.</source>
        <translation>Choose the commune, district or province to plan.</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>The year %1 is out of range.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>The number of guests cannot be negative.</translation>
    </message>
    <message>
        <source>Meeting of %1 on %2</source>
        <translation>Meeting of %1 on %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</source>
        <translation>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</translation>
    </message>
    <message>
        <source>%1 is exempt from meetings on %2: not marked.</source>
        <translation>%1 is exempt from meetings on %2: not marked.</translation>
    </message>
    <message>
        <source>Member %1 is neither referred to this cell on %2 nor one of its members.</source>
        <translation>Member %1 is neither referred to this cell on %2 nor one of its members.</translation>
    </message>
    <message>
        <source>%1 is marked twice.</source>
        <translation>%1 is marked twice.</translation>
    </message>
</context>
<context>
    <name>cutru::Meetings</name>
    <message>
        <source>Meetings a year must be between 1 and 12.</source>
        <translation>Meetings a year must be between 1 and 12.</translation>
    </message>
    <message>
        <source>The absence alert needs between 1 and 12 meetings.</source>
        <translation>The absence alert needs between 1 and 12 meetings.</translation>
    </message>
    <message>
        <source>The venue capacity must be at least 1.</source>
        <translation>The venue capacity must be at least 1.</translation>
    </message>
    <message>
        <source>The target attendance rate must be between 1 and 100 %.</source>
        <translation>The target attendance rate must be between 1 and 100 %.</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingsPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Past due</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Present %1 of %2 expected; absent with reason %3, without reason %4, not marked %5.</source>
        <translation>Present %1 of %2 expected; absent with reason %3, without reason %4, not marked %5.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the %1 meeting of %2 (%3)</source>
        <translation>the %1 meeting of %2 (%3)</translation>
    </message>
    <message>
        <source>Meetings are kept by village and residential-group cells, and none is within your roles&apos; reach.</source>
        <translation>Meetings are kept by village and residential-group cells, and none is within your roles&apos; reach.</translation>
    </message>
    <message>
        <source>There is no village or residential-group cell under %1. Choose a commune or a cell in the organisation tree.</source>
        <translation>There is no village or residential-group cell under %1. Choose a commune or a cell in the organisation tree.</translation>
    </message>
    <message>
        <source>Rule profile: %1.</source>
        <translation>Rule profile: %1.</translation>
    </message>
    <message>
        <source>&amp;Meetings in %1: %2</source>
        <translation>&amp;Meetings in %1: %2</translation>
    </message>
    <message>
        <source>Planned for %1 and still not recorded. Enter or double-click opens it.</source>
        <translation>Planned for %1 and still not recorded. Enter or double-click opens it.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>&amp;Past due (planned, not recorded): %1</source>
        <translation>&amp;Past due (planned, not recorded): %1</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;View attendance</source>
        <translation>&amp;View attendance</translation>
    </message>
    <message>
        <source>&amp;Take attendance</source>
        <translation>&amp;Take attendance</translation>
    </message>
    <message>
        <source>Your role cannot change this cell&apos;s meetings.</source>
        <translation>Your role cannot change this cell&apos;s meetings.</translation>
    </message>
    <message>
        <source>Deletes a meeting without recorded attendance.</source>
        <translation>Deletes a meeting without recorded attendance.</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: attendance is recorded afterwards. Print its sign-in sheet to take to the meeting.</source>
        <translation>The meeting of %1 has not taken place yet: attendance is recorded afterwards. Print its sign-in sheet to take to the meeting.</translation>
    </message>
    <message>
        <source>The meeting of %1 is not recorded yet: Take attendance records who came.</source>
        <translation>The meeting of %1 is not recorded yet: Take attendance records who came.</translation>
    </message>
    <message>
        <source>Meeting of %1 created.</source>
        <translation>Meeting of %1 created.</translation>
    </message>
    <message>
        <source>Meeting of %1 saved.</source>
        <translation>Meeting of %1 saved.</translation>
    </message>
    <message>
        <source>Meeting of %1 deleted.</source>
        <translation>Meeting of %1 deleted.</translation>
    </message>
    <message>
        <source>Year %1 planned for %2: %3 meetings created for %4 cells; %5 periods already had a periodic meeting.</source>
        <translation>Year %1 planned for %2: %3 meetings created for %4 cells; %5 periods already had a periodic meeting.</translation>
    </message>
    <message>
        <source>Meeting rules saved: %1.</source>
        <translation>Meeting rules saved: %1.</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>Delete the meeting</translation>
    </message>
    <message>
        <source>Delete the %1 meeting of %2?</source>
        <translation>Delete the %1 meeting of %2?</translation>
    </message>
    <message>
        <source>A meeting with recorded attendance cannot be deleted.</source>
        <translation>A meeting with recorded attendance cannot be deleted.</translation>
    </message>
    <message>
        <source>Choose the commune, district or province to plan.</source>
        <translation>Choose the commune, district or province to plan.</translation>
    </message>
    <message>
        <source>sign-in-sheet-%1-%2.pdf</source>
        <translation>sign-in-sheet-%1-%2.pdf</translation>
    </message>
    <message>
        <source>attendance-record-%1-%2.pdf</source>
        <translation>attendance-record-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Choose the PDF file to write.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>A PDF is being written already; wait for it.</source>
        <translation>A PDF is being written already; wait for it.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>This meeting no longer exists.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>Print the sign-in sheet</translation>
    </message>
    <message>
        <source>Print the attendance record</source>
        <translation>Print the attendance record</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet to %1.</source>
        <translation>Wrote the sign-in sheet to %1.</translation>
    </message>
    <message>
        <source>Wrote the attendance record to %1.</source>
        <translation>Wrote the attendance record to %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Printing was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cell:</translation>
    </message>
    <message>
        <source>Village and residential-group cells: type part of the name to find one.</source>
        <translation>Village and residential-group cells: type part of the name to find one.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>R&amp;ules…</translation>
    </message>
    <message>
        <source>The meeting rule profile (Regulation 213 or 76) and the alert settings.</source>
        <translation>The meeting rule profile (Regulation 213 or 76) and the alert settings.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Print &amp;sign-in sheet…</translation>
    </message>
    <message>
        <source>The blank list of members with a signature column, to take to the meeting.</source>
        <translation>The blank list of members with a signature column, to take to the meeting.</translation>
    </message>
    <message>
        <source>Print attendance &amp;record…</source>
        <translation>Print attendance &amp;record…</translation>
    </message>
    <message>
        <source>The record of a held meeting: agenda, attendance, rate and minutes.</source>
        <translation>The record of a held meeting: agenda, attendance, rate and minutes.</translation>
    </message>
    <message>
        <source>&amp;Plan the year…</source>
        <translation>&amp;Plan the year…</translation>
    </message>
    <message>
        <source>Creates the year&apos;s periodic meetings for every residence cell of a commune, a district or the province.</source>
        <translation>Creates the year&apos;s periodic meetings for every residence cell of a commune, a district or the province.</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>&amp;Absence alerts</source>
        <translation>&amp;Absence alerts</translation>
    </message>
    <message>
        <source>Members absent from their latest meetings in a row, with the workplace organisation to tell</source>
        <translation>Members absent from their latest meetings in a row, with the workplace organisation to tell</translation>
    </message>
    <message>
        <source>Attendance of %1 imported.</source>
        <translation>Attendance of %1 imported.</translation>
    </message>
    <message>
        <source>&amp;Import attendance…</source>
        <translation>&amp;Import attendance…</translation>
    </message>
    <message>
        <source>Marks of this meeting from a CSV file (party card or CCCD, status, reason)</source>
        <translation>Marks of this meeting from a CSV file (party card or CCCD, status, reason)</translation>
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
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Member changed meanwhile</source>
        <translation>Member changed meanwhile</translation>
    </message>
    <message>
        <source>A new member has no history yet.</source>
        <translation>A new member has no history yet.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Never referred.</source>
        <translation>Never referred.</translation>
    </message>
    <message>
        <source>Letter %1/%2 from %3 to %4</source>
        <translation>Letter %1/%2 from %3 to %4</translation>
    </message>
    <message>
        <source>Reply slip received</source>
        <translation>Reply slip received</translation>
    </message>
    <message>
        <source>Received by %1</source>
        <translation>Received by %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Exempt from meetings: %1</source>
        <translation>Exempt from meetings: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Ended: %1</translation>
    </message>
    <message>
        <source>Ended: %1 (%2)</source>
        <translation>Ended: %1 (%2)</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>A new member has no attendance yet.</source>
        <translation>A new member has no attendance yet.</translation>
    </message>
    <message>
        <source>No meeting of a cell this member was referred to has been recorded.</source>
        <translation>No meeting of a cell this member was referred to has been recorded.</translation>
    </message>
    <message>
        <source>No attendance rate: the member was not expected at any recorded meeting.</source>
        <translation>No attendance rate: the member was not expected at any recorded meeting.</translation>
    </message>
    <message>
        <source>Attendance rate %1: present at %2 of %3 meetings where expected. Absent with a reason: %4; without a reason: %5; not marked: %6; exempt: %7.</source>
        <translation>Attendance rate %1: present at %2 of %3 meetings where expected. Absent with a reason: %4; without a reason: %5; not marked: %6; exempt: %7.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No (not referred to this cell then)</source>
        <translation>No (not referred to this cell then)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>member form tab</comment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>present or absent</comment>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>cutru::MemberImport</name>
    <message>
        <source>No cell or workplace party organisation is named “%1”.</source>
        <translation>No cell or workplace party organisation is named “%1”.</translation>
    </message>
    <message>
        <source>No commune-level committee is named “%1”.</source>
        <translation>No commune-level committee is named “%1”.</translation>
    </message>
    <message>
        <source>No cell of %1 is named “%2”.</source>
        <translation>No cell of %1 is named “%2”.</translation>
    </message>
    <message>
        <source>No cell of a commune is named “%1”.</source>
        <translation>No cell of a commune is named “%1”.</translation>
    </message>
    <message>
        <source>“%1” names several organisations (%2): give the code.</source>
        <translation>“%1” names several organisations (%2): give the code.</translation>
    </message>
    <message>
        <source>not a gender (Nam or Nữ): %1</source>
        <translation>not a gender (Nam or Nữ): %1</translation>
    </message>
    <message>
        <source>not a date (dd/MM/yyyy): %1</source>
        <translation>not a date (dd/MM/yyyy): %1</translation>
    </message>
    <message>
        <source>a number in exponent form (%1) has lost its last digits: format the column as text and type the CCCD number again</source>
        <translation>a number in exponent form (%1) has lost its last digits: format the column as text and type the CCCD number again</translation>
    </message>
    <message>
        <source>%1 has 11 digits: the leading zero a spreadsheet dropped was restored (%2).</source>
        <translation>%1 has 11 digits: the leading zero a spreadsheet dropped was restored (%2).</translation>
    </message>
    <message>
        <source>%1 has 9 digits: the leading zero a spreadsheet dropped was restored (%2).</source>
        <translation>%1 has 9 digits: the leading zero a spreadsheet dropped was restored (%2).</translation>
    </message>
    <message>
        <source>No organisation has the code %1.</source>
        <translation>No organisation has the code %1.</translation>
    </message>
    <message>
        <source>The gender is required.</source>
        <translation>The gender is required.</translation>
    </message>
    <message>
        <source>The same CCCD number as row %1.</source>
        <translation>The same CCCD number as row %1.</translation>
    </message>
    <message>
        <source>The same party card number as row %1.</source>
        <translation>The same party card number as row %1.</translation>
    </message>
    <message>
        <source>The same stored member as row %1.</source>
        <translation>The same stored member as row %1.</translation>
    </message>
    <message>
        <source>A member with the same name and date of birth is already stored, with another CCCD number: check that this is not the same person.</source>
        <translation>A member with the same name and date of birth is already stored, with another CCCD number: check that this is not the same person.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>A member (row %1) was changed by someone else during the import; nothing was imported. Try again.</source>
        <translation>A member (row %1) was changed by someone else during the import; nothing was imported. Try again.</translation>
    </message>
    <message>
        <source>This column mapping is for organisations, not members.</source>
        <translation>This column mapping is for organisations, not members.</translation>
    </message>
    <message>
        <source>A member of an organisation outside your account&apos;s reach already has this CCCD number: not imported.</source>
        <translation>A member of an organisation outside your account&apos;s reach already has this CCCD number: not imported.</translation>
    </message>
    <message>
        <source>A member of an organisation outside your account&apos;s reach already has this party card number: not imported.</source>
        <translation>A member of an organisation outside your account&apos;s reach already has this party card number: not imported.</translation>
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
        <source>This record was removed by someone else after you opened it.</source>
        <translation>This record was removed by someone else after you opened it.</translation>
    </message>
    <message>
        <source>This record was changed by someone else after you opened it. Reload it and make your change again?</source>
        <translation>This record was changed by someone else after you opened it. Reload it and make your change again?</translation>
    </message>
    <message>
        <source>This record was changed by %1 at %2, after you opened it. Reload it and make your change again?</source>
        <translation>This record was changed by %1 at %2, after you opened it. Reload it and make your change again?</translation>
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
    <name>cutru::OrganisationImport</name>
    <message>
        <source>The level is required.</source>
        <translation>The level is required.</translation>
    </message>
    <message>
        <source>Unknown level “%1”: use province, district, commune, cell or workplace.</source>
        <translation>Unknown level “%1”: use province, district, commune, cell or workplace.</translation>
    </message>
    <message>
        <source>A %1 has no kind: leave this cell empty (“%2”).</source>
        <translation>A %1 has no kind: leave this cell empty (“%2”).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of %2: use %3.</source>
        <translation>“%1” is not a kind of %2: use %3.</translation>
    </message>
    <message>
        <source>Give the kind of this commune-level committee (%1): its name does not say it.</source>
        <translation>Give the kind of this commune-level committee (%1): its name does not say it.</translation>
    </message>
    <message>
        <source>Valid from %1, a day still to come.</source>
        <translation>Valid from %1, a day still to come.</translation>
    </message>
    <message>
        <source>Not a date (dd/MM/yyyy): %1</source>
        <translation>Not a date (dd/MM/yyyy): %1</translation>
    </message>
    <message>
        <source>A province has no parent organisation: leave the parent code empty.</source>
        <translation>A province has no parent organisation: leave the parent code empty.</translation>
    </message>
    <message>
        <source>The parent organisation&apos;s code is required (only the province has none).</source>
        <translation>The parent organisation&apos;s code is required (only the province has none).</translation>
    </message>
    <message>
        <source>%1 is stored as a %2 (level “%3”); an import does not change levels.</source>
        <translation>%1 is stored as a %2 (level “%3”); an import does not change levels.</translation>
    </message>
    <message>
        <source>%1 sits under %2 in the database, not under %3: an import does not move organisations.</source>
        <translation>%1 sits under %2 in the database, not under %3: an import does not move organisations.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>The parent %1 (row %2) is rejected, so this row cannot be imported either.</source>
        <translation>The parent %1 (row %2) is rejected, so this row cannot be imported either.</translation>
    </message>
    <message>
        <source>Unknown parent code %1: it is neither in the database nor in the file.</source>
        <translation>Unknown parent code %1: it is neither in the database nor in the file.</translation>
    </message>
    <message>
        <source>A %1 cannot sit under a %2 (%3 %4).</source>
        <translation>A %1 cannot sit under a %2 (%3 %4).</translation>
    </message>
    <message>
        <source>%1 under the same parent has the same name (code %2): check that they are not one organisation.</source>
        <translation>%1 under the same parent has the same name (code %2): check that they are not one organisation.</translation>
    </message>
    <message>
        <source>The code %1 is already on row %2.</source>
        <translation>The code %1 is already on row %2.</translation>
    </message>
    <message>
        <source>The database has its province already (%1 %2): one province per database.</source>
        <translation>The database has its province already (%1 %2): one province per database.</translation>
    </message>
    <message>
        <source>Row %1 is the province already: one province per database.</source>
        <translation>Row %1 is the province already: one province per database.</translation>
    </message>
    <message>
        <source>The parent codes go round in a circle: %1.</source>
        <translation>The parent codes go round in a circle: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else during the import; nothing was imported. Try again.</source>
        <translation>%1 was changed by someone else during the import; nothing was imported. Try again.</translation>
    </message>
    <message>
        <source>This column mapping is for members, not organisations.</source>
        <translation>This column mapping is for members, not organisations.</translation>
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
    <message numerus="yes">
        <source>Overdue referrals (issued, not received after %n day(s))</source>
        <translation>
            <numerusform>Overdue referrals (issued, not received after %n day)</numerusform>
            <numerusform>Overdue referrals (issued, not received after %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue referrals.</source>
        <translation>No overdue referrals.</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n letter(s) in all.</source>
        <translation>
            <numerusform>As of %1: %n letter in all.</numerusform>
            <numerusform>As of %1: %n letters in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n letter(s) addressed to a commune or issued by an organisation in %2.</source>
        <translation>
            <numerusform>As of %1: %n letter addressed to a commune or issued by an organisation in %2.</numerusform>
            <numerusform>As of %1: %n letters addressed to a commune or issued by an organisation in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Receiving commune</source>
        <translation>Receiving commune</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Issuing organisation</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Committees outside the province</source>
        <translation>Committees outside the province</translation>
    </message>
    <message>
        <source>Past-due meetings (planned before %1, attendance not recorded): %2</source>
        <translation>Past-due meetings (planned before %1, attendance not recorded): %2</translation>
    </message>
    <message>
        <source>Crowded cells (more referred members than %1)</source>
        <translation>Crowded cells (more referred members than %1)</translation>
    </message>
    <message>
        <source>No crowded cells.</source>
        <translation>No crowded cells.</translation>
    </message>
    <message>
        <source>Members expected at meetings as of %1, exempt ones apart; the venue as recorded at the cell&apos;s latest meeting.</source>
        <translation>Members expected at meetings as of %1, exempt ones apart; the venue as recorded at the cell&apos;s latest meeting.</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Residence cell</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Referred members</source>
        <translation>Referred members</translation>
    </message>
    <message>
        <source>Venue capacity</source>
        <translation>Venue capacity</translation>
    </message>
    <message numerus="yes">
        <source>Absence alerts (%n consecutive meeting(s))</source>
        <translation>
            <numerusform>Absence alerts (%n consecutive meeting)</numerusform>
            <numerusform>Absence alerts (%n consecutive meetings)</numerusform>
        </translation>
    </message>
    <message>
        <source>No absence alerts.</source>
        <translation>No absence alerts.</translation>
    </message>
    <message>
        <source>As of %1: %2 members absent that many times in a row, with or without a reason. Tell their workplace organisations.</source>
        <translation>As of %1: %2 members absent that many times in a row, with or without a reason. Tell their workplace organisations.</translation>
    </message>
    <message>
        <source>As of %1: %2 members absent that many times in a row without a reason. Tell their workplace organisations.</source>
        <translation>As of %1: %2 members absent that many times in a row without a reason. Tell their workplace organisations.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Workplace organisation</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Absences in a row</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Annual comments %1: deadline %2 (passed)</source>
        <translation>Annual comments %1: deadline %2 (passed)</translation>
    </message>
    <message numerus="yes">
        <source>Annual comments %1: deadline %2 (%n day(s) left)</source>
        <translation>
            <numerusform>Annual comments %1: deadline %2 (%n day left)</numerusform>
            <numerusform>Annual comments %1: deadline %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments missing: every member due has a signed comment.</source>
        <translation>No comments missing: every member due has a signed comment.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Still missing (due, not signed): %1 comments in %2 cells, for %3 workplace organisations.</source>
        <translation>Still missing (due, not signed): %1 comments in %2 cells, for %3 workplace organisations.</translation>
    </message>
</context>
<context>
    <name>cutru::Period</name>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>First half of %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>Second half of %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
</context>
<context>
    <name>cutru::PlanYearDialog</name>
    <message>
        <source>Plan the year&apos;s meetings</source>
        <translation>Plan the year&apos;s meetings</translation>
    </message>
    <message>
        <source>Creates the periodic meetings of the year for every village and residential-group cell under the chosen organisation, one in each period of the rule profile. Periods that already have a periodic meeting are left alone, so planning twice creates nothing new.</source>
        <translation>Creates the periodic meetings of the year for every village and residential-group cell under the chosen organisation, one in each period of the rule profile. Periods that already have a periodic meeting are left alone, so planning twice creates nothing new.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Rule profile: %1. Dates: %2.</source>
        <translation>Rule profile: %1. Dates: %2.</translation>
    </message>
</context>
<context>
    <name>cutru::ProblemDialog</name>
    <message>
        <source>New problem</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>Resolved on:</source>
        <translation>Resolved on:</translation>
    </message>
</context>
<context>
    <name>cutru::RecordHistoryWidget</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No changes are recorded for this record.</source>
        <translation>No changes are recorded for this record.</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralActionDialog</name>
    <message>
        <source>Not exempt (attends meetings)</source>
        <translation>Not exempt (attends meetings)</translation>
    </message>
    <message>
        <source>Receive referrals</source>
        <translation>Receive referrals</translation>
    </message>
    <message>
        <source>&amp;Reception date:</source>
        <translation>&amp;Reception date:</translation>
    </message>
    <message>
        <source>Assign to a residence cell</source>
        <translation>Assign to a residence cell</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cell:</translation>
    </message>
    <message>
        <source>&amp;Each member to their recorded residence cell, when it is one of these</source>
        <translation>&amp;Each member to their recorded residence cell, when it is one of these</translation>
    </message>
    <message>
        <source>&amp;Assignment date:</source>
        <translation>&amp;Assignment date:</translation>
    </message>
    <message>
        <source>Exemption from meetings (Guideline 33)</source>
        <translation>Exemption from meetings (Guideline 33)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Last day of the exemption (dd/mm/yyyy); empty while it lasts.</source>
        <translation>Last day of the exemption (dd/mm/yyyy); empty while it lasts.</translation>
    </message>
    <message>
        <source>End referrals</source>
        <translation>End referrals</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Issue referral letters</source>
        <translation>Issue referral letters</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>&amp;Issue date:</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>Moving house</translation>
    </message>
    <message>
        <source>&amp;New commune:</source>
        <translation>&amp;New commune:</translation>
    </message>
    <message>
        <source>Date of the &amp;move:</source>
        <translation>Date of the &amp;move:</translation>
    </message>
    <message>
        <source>The new residence is &amp;outside the province</source>
        <translation>The new residence is &amp;outside the province</translation>
    </message>
    <message>
        <source>Refer to a committee &amp;outside the province</source>
        <translation>Refer to a committee &amp;outside the province</translation>
    </message>
    <message>
        <source>Co&amp;mmittee:</source>
        <translation>Co&amp;mmittee:</translation>
    </message>
    <message>
        <source>e.g. Đảng ủy phường Hàng Bạc</source>
        <translation>e.g. Đảng ủy phường Hàng Bạc</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Required for “Other reason”</source>
        <translation>Required for “Other reason”</translation>
    </message>
    <message>
        <source>Record reply slips</source>
        <translation>Record reply slips</translation>
    </message>
    <message>
        <source>&amp;Date on the reply slip:</source>
        <translation>&amp;Date on the reply slip:</translation>
    </message>
    <message>
        <source>Members not to be referred</source>
        <translation>Members not to be referred</translation>
    </message>
    <message>
        <source>Print referral letters</source>
        <translation>Print referral letters</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>&amp;PDF file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Every letter the organisation issued in the year</source>
        <translation>&amp;Every letter the organisation issued in the year</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The current letters of the &amp;selected members (%Ln)</source>
        <translation>
            <numerusform>The current letters of the &amp;selected members (%Ln)</numerusform>
            <numerusform>The current letters of the &amp;selected members (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not to be referred to the place of residence</source>
        <translation>&amp;Not to be referred to the place of residence</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralInboxModel</name>
    <message>
        <source>Waiting for reception</source>
        <translation>Waiting for reception</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned to a cell</source>
        <translation>Assigned to a cell</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: not received %n day(s) after the letter was issued.</source>
        <translation>
            <numerusform>Overdue: not received %n day after the letter was issued.</numerusform>
            <numerusform>Overdue: not received %n days after the letter was issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Ended on %1: %2</translation>
    </message>
    <message>
        <source>Exempt from %1 to %2</source>
        <translation>Exempt from %1 to %2</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(open)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Party card</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Days waited</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralQueries</name>
    <message>
        <source>Seeing referrals needs the role %1, %2, %3 or %4 for the organisation concerned.</source>
        <translation>Seeing referrals needs the role %1, %2, %3 or %4 for the organisation concerned.</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralService</name>
    <message>
        <source>This referral was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>This referral was changed by someone else meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>Choose the members to refer.</source>
        <translation>Choose the members to refer.</translation>
    </message>
    <message>
        <source>The issue date is required.</source>
        <translation>The issue date is required.</translation>
    </message>
    <message>
        <source>A chosen member no longer exists.</source>
        <translation>A chosen member no longer exists.</translation>
    </message>
    <message>
        <source>%1 is not a working member (membership is not held in a workplace party organisation), so is not referred.</source>
        <translation>%1 is not a working member (membership is not held in a workplace party organisation), so is not referred.</translation>
    </message>
    <message>
        <source>(%1 belongs to %2.)</source>
        <translation>(%1 belongs to %2.)</translation>
    </message>
    <message>
        <source>%1 is on the list of members not to be referred (Guideline 33).</source>
        <translation>%1 is on the list of members not to be referred (Guideline 33).</translation>
    </message>
    <message>
        <source>%1 already has an active referral (letter %2/%3 of %4); end it or record a move instead.</source>
        <translation>%1 already has an active referral (letter %2/%3 of %4); end it or record a move instead.</translation>
    </message>
    <message>
        <source>%1 is chosen twice.</source>
        <translation>%1 is chosen twice.</translation>
    </message>
    <message>
        <source>The letter for %1 must go to a commune-level committee.</source>
        <translation>The letter for %1 must go to a commune-level committee.</translation>
    </message>
    <message>
        <source>%1 has no residence commune recorded: choose the receiving committee, or name the committee outside the province.</source>
        <translation>%1 has no residence commune recorded: choose the receiving committee, or name the committee outside the province.</translation>
    </message>
    <message>
        <source>Choose the referrals to receive.</source>
        <translation>Choose the referrals to receive.</translation>
    </message>
    <message>
        <source>The reception date is required.</source>
        <translation>The reception date is required.</translation>
    </message>
    <message>
        <source>The referral of %1 goes outside the province; its reply slip is recorded by the issuing organisation.</source>
        <translation>The referral of %1 goes outside the province; its reply slip is recorded by the issuing organisation.</translation>
    </message>
    <message>
        <source>The referral of %1 has ended and cannot be received.</source>
        <translation>The referral of %1 has ended and cannot be received.</translation>
    </message>
    <message>
        <source>The referral of %1 was already received on %2.</source>
        <translation>The referral of %1 was already received on %2.</translation>
    </message>
    <message>
        <source>The referral of %1 was issued on %2; it cannot be received before that.</source>
        <translation>The referral of %1 was issued on %2; it cannot be received before that.</translation>
    </message>
    <message>
        <source>An ended referral cannot be reassigned.</source>
        <translation>An ended referral cannot be reassigned.</translation>
    </message>
    <message>
        <source>Receive the referral before assigning a cell.</source>
        <translation>Receive the referral before assigning a cell.</translation>
    </message>
    <message>
        <source>Choose a village or residential-group cell of the receiving commune.</source>
        <translation>Choose a village or residential-group cell of the receiving commune.</translation>
    </message>
    <message>
        <source>A member is assigned to a cell on or after reception (%1).</source>
        <translation>A member is assigned to a cell on or after reception (%1).</translation>
    </message>
    <message>
        <source>An ended referral cannot be changed.</source>
        <translation>An ended referral cannot be changed.</translation>
    </message>
    <message>
        <source>This referral is to a commune of the province, which records its reception.</source>
        <translation>This referral is to a commune of the province, which records its reception.</translation>
    </message>
    <message>
        <source>The reply slip&apos;s date cannot be before the letter&apos;s (%1).</source>
        <translation>The reply slip&apos;s date cannot be before the letter&apos;s (%1).</translation>
    </message>
    <message>
        <source>This referral has already ended (%1).</source>
        <translation>This referral has already ended (%1).</translation>
    </message>
    <message>
        <source>The date the referral ends is required.</source>
        <translation>The date the referral ends is required.</translation>
    </message>
    <message>
        <source>A move ends the referral and issues a new one: use Move instead.</source>
        <translation>A move ends the referral and issues a new one: use Move instead.</translation>
    </message>
    <message>
        <source>Choose the new residence&apos;s commune-level committee.</source>
        <translation>Choose the new residence&apos;s commune-level committee.</translation>
    </message>
    <message>
        <source>Say why the member is not referred (Guideline 33).</source>
        <translation>Say why the member is not referred (Guideline 33).</translation>
    </message>
    <message>
        <source>%1 has an active referral: end it first.</source>
        <translation>%1 has an active referral: end it first.</translation>
    </message>
    <message>
        <source>Choose the referrals.</source>
        <translation>Choose the referrals.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A referral is chosen twice.</source>
        <translation>A referral is chosen twice.</translation>
    </message>
    <message>
        <source>Choose the members.</source>
        <translation>Choose the members.</translation>
    </message>
    <message>
        <source>(%1 is not a member of your organisation.)</source>
        <translation>(%1 is not a member of your organisation.)</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralsPage</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Active (pending first)</source>
        <translation>Active (pending first)</translation>
    </message>
    <message>
        <source>Waiting for reception</source>
        <translation>Waiting for reception</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Received, no cell yet</source>
        <translation>Received, no cell yet</translation>
    </message>
    <message>
        <source>Assigned to a cell</source>
        <translation>Assigned to a cell</translation>
    </message>
    <message>
        <source>Exempt from meetings</source>
        <translation>Exempt from meetings</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Without an active referral</source>
        <translation>Without an active referral</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue (not received after %1 days)</source>
        <translation>
            <numerusform> · %Ln overdue (not received after %1 days)</numerusform>
            <numerusform> · %Ln overdue (not received after %1 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working member(s)</source>
        <translation>
            <numerusform>%Ln working member</numerusform>
            <numerusform>%Ln working members</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role cannot change referrals here.</source>
        <translation>Your role cannot change referrals here.</translation>
    </message>
    <message numerus="yes">
        <source>Received %Ln referral(s) on %1.</source>
        <translation>
            <numerusform>Received %Ln referral on %1.</numerusform>
            <numerusform>Received %Ln referrals on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the chosen referrals are no longer listed: reload and try again.</source>
        <translation>Some of the chosen referrals are no longer listed: reload and try again.</translation>
    </message>
    <message>
        <source>The referral of %1 has ended.</source>
        <translation>The referral of %1 has ended.</translation>
    </message>
    <message>
        <source>The referral of %1 has not been received yet: receive it first.</source>
        <translation>The referral of %1 has not been received yet: receive it first.</translation>
    </message>
    <message>
        <source>Choose referrals addressed to one commune: each commune has its own cells.</source>
        <translation>Choose referrals addressed to one commune: each commune has its own cells.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln member(s) to residence cells on %1.</source>
        <translation>
            <numerusform>Assigned %Ln member to a residence cell on %1.</numerusform>
            <numerusform>Assigned %Ln members to residence cells on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) exempt from meetings: %1.</source>
        <translation>
            <numerusform>%Ln member exempt from meetings: %1.</numerusform>
            <numerusform>%Ln members exempt from meetings: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) no longer exempt.</source>
        <translation>
            <numerusform>%Ln member no longer exempt.</numerusform>
            <numerusform>%Ln members no longer exempt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referral of %1 has already ended (%2).</source>
        <translation>The referral of %1 has already ended (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Ended %Ln referral(s) on %1: %2.</source>
        <translation>
            <numerusform>Ended %Ln referral on %1: %2.</numerusform>
            <numerusform>Ended %Ln referrals on %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>already referred (letter %1/%2 of %3)</source>
        <translation>already referred (letter %1/%2 of %3)</translation>
    </message>
    <message>
        <source>on the list of members not to be referred</source>
        <translation>on the list of members not to be referred</translation>
    </message>
    <message>
        <source>no residence commune recorded</source>
        <translation>no residence commune recorded</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen member(s) no longer listed</source>
        <translation>
            <numerusform>%Ln chosen member no longer listed</numerusform>
            <numerusform>%Ln chosen members no longer listed</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter issued: %1.</source>
        <translation>No letter issued: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln referral letter(s) dated %1</source>
        <translation>
            <numerusform>Issued %Ln referral letter dated %1</numerusform>
            <numerusform>Issued %Ln referral letters dated %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, number %1/%2.</source>
        <translation>, number %1/%2.</translation>
    </message>
    <message>
        <source>, numbers %1 to %2/%3.</source>
        <translation>, numbers %1 to %2/%3.</translation>
    </message>
    <message>
        <source>Not issued: %1.</source>
        <translation>Not issued: %1.</translation>
    </message>
    <message>
        <source>%1 has no active referral to move: issue one instead.</source>
        <translation>%1 has no active referral to move: issue one instead.</translation>
    </message>
    <message>
        <source>Some of the chosen members are no longer listed: reload and try again.</source>
        <translation>Some of the chosen members are no longer listed: reload and try again.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln member(s) on %1: a new letter went to the new residence.</source>
        <translation>
            <numerusform>Moved %Ln member on %1: a new letter went to the new residence.</numerusform>
            <numerusform>Moved %Ln members on %1: a new letter went to the new residence.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no active referral.</source>
        <translation>%1 has no active referral.</translation>
    </message>
    <message numerus="yes">
        <source>Receive %Ln referral letter(s), all on the same date: %1.</source>
        <translation>
            <numerusform>Receive %Ln referral letter: %1.</numerusform>
            <numerusform>Receive %Ln referral letters, all on the same date: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no village or residential-group cell to assign members to.</source>
        <translation>%1 has no village or residential-group cell to assign members to.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln member(s) received by %1 to a residence cell: %2.</source>
        <translation>
            <numerusform>Assign %Ln member received by %1 to a residence cell: %2.</numerusform>
            <numerusform>Assign %Ln members received by %1 to a residence cell: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exempt from residence meetings and the routine annual comment, received like the others (Guideline 33): %1.</source>
        <translation>Exempt from residence meetings and the routine annual comment, received like the others (Guideline 33): %1.</translation>
    </message>
    <message>
        <source>End the referral of %1. An ended referral cannot be received or reassigned; a move is recorded by the workplace organisation.</source>
        <translation>End the referral of %1. An ended referral cannot be received or reassigned; a move is recorded by the workplace organisation.</translation>
    </message>
    <message>
        <source>No letter to issue: %1.</source>
        <translation>No letter to issue: %1.</translation>
    </message>
    <message>
        <source>%1 has no residence commune in this database. Name the committee outside the province the letter goes to, or record the residence in the member&apos;s form first.</source>
        <translation>%1 has no residence commune in this database. Name the committee outside the province the letter goes to, or record the residence in the member&apos;s form first.</translation>
    </message>
    <message numerus="yes">
        <source>Issue %Ln referral letter(s), each to the commune-level committee of the member&apos;s residence: %1.</source>
        <translation>
            <numerusform>Issue %Ln referral letter, to the commune-level committee of the member&apos;s residence: %1.</numerusform>
            <numerusform>Issue %Ln referral letters, each to the commune-level committee of the member&apos;s residence: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the committee the letter goes to.</source>
        <translation>Name the committee the letter goes to.</translation>
    </message>
    <message>
        <source>No active referral to move for %1: issue one instead.</source>
        <translation>No active referral to move for %1: issue one instead.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Moving house: the current referral of %1 ends (“moved”) and a new letter goes to the new residence, in one step; the history stays.</source>
        <translation>Moving house: the current referral of %1 ends (“moved”) and a new letter goes to the new residence, in one step; the history stays.</translation>
    </message>
    <message>
        <source>End the referral of %1 (retired, membership transferred, deceased or another reason). For a move, use Move… instead.</source>
        <translation>End the referral of %1 (retired, membership transferred, deceased or another reason). For a move, use Move… instead.</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>Referral letters addressed to your commune(s)</source>
        <translation>Referral letters addressed to your commune(s)</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>&amp;Workplace</translation>
    </message>
    <message>
        <source>Working members of your workplace party organisation(s) and their referrals</source>
        <translation>Working members of your workplace party organisation(s) and their referrals</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name or party card number</source>
        <translation>Name or party card number</translation>
    </message>
    <message>
        <source>O&amp;verdue after:</source>
        <translation>O&amp;verdue after:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>A letter not received this many days after it was issued is overdue.</source>
        <translation>A letter not received this many days after it was issued is overdue.</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Receive…</translation>
    </message>
    <message>
        <source>&amp;Assign cell…</source>
        <translation>&amp;Assign cell…</translation>
    </message>
    <message>
        <source>E&amp;xempt…</source>
        <translation>E&amp;xempt…</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>&amp;End…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Issue referrals…</source>
        <translation>&amp;Issue referrals…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>%1 has no current letter to a committee outside the province.</source>
        <translation>%1 has no current letter to a committee outside the province.</translation>
    </message>
    <message>
        <source>The reply slip for %1 was already recorded (%2).</source>
        <translation>The reply slip for %1 was already recorded (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %Ln reply slip(s) dated %1.</source>
        <translation>
            <numerusform>Recorded %Ln reply slip dated %1.</numerusform>
            <numerusform>Recorded %Ln reply slips dated %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) put on the list of members not to be referred.</source>
        <translation>
            <numerusform>%Ln member put on the list of members not to be referred.</numerusform>
            <numerusform>%Ln members put on the list of members not to be referred.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) taken off the list of members not to be referred.</source>
        <translation>
            <numerusform>%Ln member taken off the list of members not to be referred.</numerusform>
            <numerusform>%Ln members taken off the list of members not to be referred.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reply slip is awaited for %1: only letters to committees outside the province are completed by their reply slip.</source>
        <translation>No reply slip is awaited for %1: only letters to committees outside the province are completed by their reply slip.</translation>
    </message>
    <message>
        <source>The committee outside the province sent back the reply slip for %1: enter its date to complete the referral.</source>
        <translation>The committee outside the province sent back the reply slip for %1: enter its date to complete the referral.</translation>
    </message>
    <message>
        <source>Guideline 33: members on secret duties or in standing combat-ready units are not referred to their place of residence. Members: %1.</source>
        <translation>Guideline 33: members on secret duties or in standing combat-ready units are not referred to their place of residence. Members: %1.</translation>
    </message>
    <message>
        <source>Writing referral letters to %1…</source>
        <translation>Writing referral letters to %1…</translation>
    </message>
    <message>
        <source>Print referral letters</source>
        <translation>Print referral letters</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln referral letter(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln referral letter to %1.</numerusform>
            <numerusform>Wrote %Ln referral letters to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the referral letters was cancelled; no file was written.</source>
        <translation>Printing the referral letters was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Referral letters print as one PDF, one letter per A4 page with its reply slip, in the official format.</source>
        <translation>Referral letters print as one PDF, one letter per A4 page with its reply slip, in the official format.</translation>
    </message>
    <message>
        <source>referral-letters-%1.pdf</source>
        <translation>referral-letters-%1.pdf</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Choose the PDF file to write.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Choose the organisation.</translation>
    </message>
    <message>
        <source>Letters are being written already; wait for them.</source>
        <translation>Letters are being written already; wait for them.</translation>
    </message>
    <message>
        <source>Reply s&amp;lip…</source>
        <translation>Reply s&amp;lip…</translation>
    </message>
    <message>
        <source>&amp;Not to be referred…</source>
        <translation>&amp;Not to be referred…</translation>
    </message>
    <message>
        <source>&amp;Print letters…</source>
        <translation>&amp;Print letters…</translation>
    </message>
</context>
<context>
    <name>cutru::ReportDocumentDialog</name>
    <message>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>What the PDF prints around the report, in the official format.</source>
        <translation>What the PDF prints around the report, in the official format.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Empty: a blank to fill in by hand</source>
        <translation>Empty: a blank to fill in by hand</translation>
    </message>
    <message>
        <source>Empty: “Số …-%1”, to fill in by hand</source>
        <translation>Empty: “Số …-%1”, to fill in by hand</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Empty: a blank to sign above</source>
        <translation>Empty: a blank to sign above</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continue…</translation>
    </message>
</context>
<context>
    <name>cutru::ReportScope</name>
    <message>
        <source>The database holds no organisation yet.</source>
        <translation>The database holds no organisation yet.</translation>
    </message>
    <message>
        <source>No organisation has the code &apos;%1&apos;.</source>
        <translation>No organisation has the code &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The organisation of the report could not be found.</source>
        <translation>The organisation of the report could not be found.</translation>
    </message>
    <message>
        <source>Your account does not reach %1. %2</source>
        <translation>Your account does not reach %1. %2</translation>
    </message>
</context>
<context>
    <name>cutru::ReportTableModel</name>
    <message>
        <source>Double-click or press Enter to show this report for %1.</source>
        <translation>Double-click or press Enter to show this report for %1.</translation>
    </message>
</context>
<context>
    <name>cutru::ReportsPage</name>
    <message>
        <source>Scope: the organisations your account reaches</source>
        <translation>Scope: the organisations your account reaches</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Your account may not read reports. %1</source>
        <translation>Your account may not read reports. %1</translation>
    </message>
    <message>
        <source>Choose a report and its period, then Compute.</source>
        <translation>Choose a report and its period, then Compute.</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>The report could not be computed.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>report-%1-%2.%3</source>
        <translation>report-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook</source>
        <translation>Save the report as an Excel workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Save the report as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Wrote the report to %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Reports:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Half:</source>
        <translation>&amp;Half:</translation>
    </message>
    <message>
        <source>First half (January–June)</source>
        <translation>First half (January–June)</translation>
    </message>
    <message>
        <source>Second half (July–December)</source>
        <translation>Second half (July–December)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>One level down</source>
        <translation>One level down</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>By commune</translation>
    </message>
    <message>
        <source>By cell</source>
        <translation>By cell</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>Party card number or CCCD</source>
        <translation>Party card number or CCCD</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <source>Computes the chosen report for the scope and period</source>
        <translation>Computes the chosen report for the scope and period</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the report before the last drill-down</source>
        <translation>Back to the report before the last drill-down</translation>
    </message>
    <message>
        <source>The report in the official format, as a PDF file</source>
        <translation>The report in the official format, as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Excel (XLSX)…</source>
        <translation>&amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>C&amp;SV…</source>
        <translation>C&amp;SV…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Ro&amp;ws:</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>cutru::ResetPasswordDialog</name>
    <message>
        <source>Reset password — %1</source>
        <translation>Reset password — %1</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2).</source>
        <translation>Set a new password for %1 (%2).</translation>
    </message>
    <message>
        <source>Its owner must choose their own password at the next sign-in.</source>
        <translation>Its owner must choose their own password at the next sign-in.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>A password has at least %n characters, with both letters and digits.</numerusform>
            <numerusform>A password has at least %n characters, with both letters and digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Password not reset</source>
        <translation>Password not reset</translation>
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
    <message>
        <source>The meetings attended and excused cannot exceed the meetings held.</source>
        <translation>The meetings attended and excused cannot exceed the meetings held.</translation>
    </message>
    <message>
        <source>The date the comment was drafted is required.</source>
        <translation>The date the comment was drafted is required.</translation>
    </message>
    <message>
        <source>A comment is signed on or after the day it was drafted.</source>
        <translation>A comment is signed on or after the day it was drafted.</translation>
    </message>
    <message>
        <source>Write this point before signing.</source>
        <translation>Write this point before signing.</translation>
    </message>
    <message>
        <source>Choose the conclusion before signing.</source>
        <translation>Choose the conclusion before signing.</translation>
    </message>
    <message>
        <source>Name who signs for the cell committee.</source>
        <translation>Name who signs for the cell committee.</translation>
    </message>
    <message>
        <source>A comment is sent after it is signed.</source>
        <translation>A comment is sent after it is signed.</translation>
    </message>
    <message>
        <source>A comment is sent on or after the day it was signed.</source>
        <translation>A comment is sent on or after the day it was signed.</translation>
    </message>
    <message>
        <source>The request names a member.</source>
        <translation>The request names a member.</translation>
    </message>
    <message>
        <source>The request&apos;s year is out of range.</source>
        <translation>The request&apos;s year is out of range.</translation>
    </message>
    <message>
        <source>The date of the request is required.</source>
        <translation>The date of the request is required.</translation>
    </message>
    <message>
        <source>Say why the comment is requested.</source>
        <translation>Say why the comment is requested.</translation>
    </message>
    <message>
        <source>Choose the district or commune assigned.</source>
        <translation>Choose the district or commune assigned.</translation>
    </message>
    <message>
        <source>The first day of the assignment is required.</source>
        <translation>The first day of the assignment is required.</translation>
    </message>
    <message>
        <source>An assignment ends on or after the day it begins.</source>
        <translation>An assignment ends on or after the day it begins.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Describe the problem.</translation>
    </message>
    <message>
        <source>The date the problem was resolved is required.</source>
        <translation>The date the problem was resolved is required.</translation>
    </message>
    <message>
        <source>Say how the problem was resolved.</source>
        <translation>Say how the problem was resolved.</translation>
    </message>
    <message>
        <source>Only a resolved problem has a resolution date.</source>
        <translation>Only a resolved problem has a resolution date.</translation>
    </message>
</context>
<context>
    <name>cutru::SignCommentDialog</name>
    <message>
        <source>Sign the comment</source>
        <translation>Sign the comment</translation>
    </message>
    <message>
        <source>e.g. Bí thư, Phó Bí thư</source>
        <translation>e.g. Bí thư, Phó Bí thư</translation>
    </message>
    <message>
        <source>Signed by (for the cell committee):</source>
        <translation>Signed by (for the cell committee):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>cutru::SignInDialog</name>
    <message>
        <source>Sign in — CuTru</source>
        <translation>Sign in — CuTru</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database.&lt;/b&gt; Sign in with one of these accounts; each has the password &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Demo database.&lt;/b&gt; Sign in with one of these accounts; each has the password &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>You are not signed in: the password of %1 must be changed first.</source>
        <translation>You are not signed in: the password of %1 must be changed first.</translation>
    </message>
</context>
<context>
    <name>cutru::VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Liaison cadre:</source>
        <translation>Liaison cadre:</translation>
    </message>
    <message>
        <source>Visit date:</source>
        <translation>Visit date:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Cell:</source>
        <translation>Cell:</translation>
    </message>
    <message>
        <source>Meeting attended:</source>
        <translation>Meeting attended:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>Add problem…</source>
        <translation>Add problem…</translation>
    </message>
    <message>
        <source>Show problem…</source>
        <translation>Show problem…</translation>
    </message>
    <message>
        <source>Edit problem…</source>
        <translation>Edit problem…</translation>
    </message>
    <message>
        <source>(the commune&apos;s committee)</source>
        <translation>(the commune&apos;s committee)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (planned)</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
</context>
<context>
    <name>cutru::WorkProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>cutru::WorkingMembersModel</name>
    <message>
        <source>Not referred</source>
        <translation>Not referred</translation>
    </message>
    <message>
        <source>Issued, not received</source>
        <translation>Issued, not received</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned to a cell</source>
        <translation>Assigned to a cell</translation>
    </message>
    <message>
        <source>Exempt from meetings</source>
        <translation>Exempt from meetings</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Not to be referred</source>
        <translation>Not to be referred</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Ended on %1: %2</translation>
    </message>
    <message>
        <source>%1 (outside the database)</source>
        <translation>%1 (outside the database)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Party card</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
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
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Note: the password of %1 must be changed; sign in to the desktop application to change it.</source>
        <translation>Note: the password of %1 must be changed; sign in to the desktop application to change it.</translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation>Password for the new administrator %1: </translation>
    </message>
    <message>
        <source>Created the administrator account %1 (provincial board over the whole database).</source>
        <translation>Created the administrator account %1 (provincial board over the whole database).</translation>
    </message>
    <message>
        <source>Acting as: %1 (%2)</source>
        <translation>Acting as: %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs --db FILE and --out FILE.</source>
        <translation>&apos;backup&apos; needs --db FILE and --out FILE.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 in %3 s.</source>
        <translation>Backed up %1 to %2 in %3 s.</translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs --db FILE and --from FILE.</source>
        <translation>&apos;restore&apos; needs --db FILE and --from FILE.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Members: %1, organisations: %2</source>
        <translation>Members: %1, organisations: %2</translation>
    </message>
    <message>
        <source>Newest change: %1</source>
        <translation>Newest change: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>The database as it was before is kept in %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>init: create this first administrator account (password from CUTRU_PASSWORD or asked).</source>
        <translation>init: create this first administrator account (password from CUTRU_PASSWORD or asked).</translation>
    </message>
    <message>
        <source>init: the administrator&apos;s full name.</source>
        <translation>init: the administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>%1 has no user accounts yet (it was made by an older CuTru): run the command without --user, as the file&apos;s local administrator.</source>
        <translation>%1 has no user accounts yet (it was made by an older CuTru): run the command without --user, as the file&apos;s local administrator.</translation>
    </message>
    <message>
        <source>&apos;referrals list&apos; needs --db FILE.</source>
        <translation>&apos;referrals list&apos; needs --db FILE.</translation>
    </message>
    <message>
        <source>--status takes issued, received, assigned or ended.</source>
        <translation>--status takes issued, received, assigned or ended.</translation>
    </message>
    <message>
        <source>--format takes csv or text.</source>
        <translation>--format takes csv or text.</translation>
    </message>
    <message>
        <source>There is no commune-level committee with the code %1 in %2.</source>
        <translation>There is no commune-level committee with the code %1 in %2.</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Party card</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Issuing code</source>
        <translation>Issuing code</translation>
    </message>
    <message>
        <source>Issuing organisation</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Receiving code</source>
        <translation>Receiving code</translation>
    </message>
    <message>
        <source>Receiving committee</source>
        <translation>Receiving committee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned cell</source>
        <translation>Assigned cell</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Referrals: %1/%2</source>
        <translation>Referrals: %1/%2</translation>
    </message>
    <message>
        <source>&apos;referrals letters&apos; needs --db FILE, --org CODE, --year YEAR and --out FILE.pdf.</source>
        <translation>&apos;referrals letters&apos; needs --db FILE, --org CODE, --year YEAR and --out FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no organisation with the code %1 in %2.</source>
        <translation>There is no organisation with the code %1 in %2.</translation>
    </message>
    <message>
        <source>%1 issued no referral letters in %2.</source>
        <translation>%1 issued no referral letters in %2.</translation>
    </message>
    <message>
        <source>Letters: %1/%2</source>
        <translation>Letters: %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) of %1 for %2 to %3.</source>
        <translation>
            <numerusform>Wrote %n letter of %1 for %2 to %3.</numerusform>
            <numerusform>Wrote %n letters of %1 for %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>referrals: the issuing organisation&apos;s code.</source>
        <translation>referrals: the issuing organisation&apos;s code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>referrals list: issued, received, assigned or ended.</source>
        <translation>referrals list: issued, received, assigned or ended.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>referrals list: the receiving commune&apos;s code.</source>
        <translation>referrals list: the receiving commune&apos;s code.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>&apos;meetings plan&apos; needs --db FILE and --year YEAR.</source>
        <translation>&apos;meetings plan&apos; needs --db FILE and --year YEAR.</translation>
    </message>
    <message>
        <source>%1 has no organisations yet.</source>
        <translation>%1 has no organisations yet.</translation>
    </message>
    <message>
        <source>%1 Give --scope CODE: the commune or district you plan for.</source>
        <translation>%1 Give --scope CODE: the commune or district you plan for.</translation>
    </message>
    <message>
        <source>Scope: %1 (%2)</source>
        <translation>Scope: %1 (%2)</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Year: %1</translation>
    </message>
    <message>
        <source>Residence cells: %1</source>
        <translation>Residence cells: %1</translation>
    </message>
    <message>
        <source>Meetings created: %1</source>
        <translation>Meetings created: %1</translation>
    </message>
    <message>
        <source>Already planned or held: %1</source>
        <translation>Already planned or held: %1</translation>
    </message>
    <message>
        <source>&apos;meetings list&apos; needs --db FILE and --cell CODE.</source>
        <translation>&apos;meetings list&apos; needs --db FILE and --cell CODE.</translation>
    </message>
    <message>
        <source>--year takes a year from 1990 to 2100.</source>
        <translation>--year takes a year from 1990 to 2100.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a cell.</source>
        <translation>%1 (%2) is not a cell.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>&apos;meetings sheet&apos; needs --db FILE, --meeting ID and --out FILE.pdf.</source>
        <translation>&apos;meetings sheet&apos; needs --db FILE, --meeting ID and --out FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no meeting number %1 in %2.</source>
        <translation>There is no meeting number %1 in %2.</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet of the meeting of %1 on %2 to %3.</source>
        <translation>Wrote the sign-in sheet of the meeting of %1 on %2 to %3.</translation>
    </message>
    <message>
        <source>Wrote the attendance record of the meeting of %1 on %2 to %3.</source>
        <translation>Wrote the attendance record of the meeting of %1 on %2 to %3.</translation>
    </message>
    <message>
        <source>&apos;attendance import&apos; needs a CSV file and --db FILE.</source>
        <translation>&apos;attendance import&apos; needs a CSV file and --db FILE.</translation>
    </message>
    <message>
        <source>--meeting takes a meeting number (see &apos;meetings list&apos;).</source>
        <translation>--meeting takes a meeting number (see &apos;meetings list&apos;).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Line %1: %2, %3 (%4)</source>
        <translation>Line %1: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Line %1: not matched: %2</source>
        <translation>Line %1: not matched: %2</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Matched: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Unmatched: %1</source>
        <translation>Unmatched: %1</translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation>Meetings: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Marks written: %1</source>
        <translation>Marks written: %1</translation>
    </message>
    <message>
        <source>Nothing to write: every matched row is already recorded.</source>
        <translation>Nothing to write: every matched row is already recorded.</translation>
    </message>
    <message>
        <source>No row of %1 matched a member on a meeting&apos;s sheet.</source>
        <translation>No row of %1 matched a member on a meeting&apos;s sheet.</translation>
    </message>
    <message>
        <source>meetings list: the cell&apos;s code.</source>
        <translation>meetings list: the cell&apos;s code.</translation>
    </message>
    <message>
        <source>meetings sheet, attendance import: the meeting&apos;s number (see &apos;meetings list&apos;).</source>
        <translation>meetings sheet, attendance import: the meeting&apos;s number (see &apos;meetings list&apos;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>meetings sheet: print the blank sign-in sheet.</source>
        <translation>meetings sheet: print the blank sign-in sheet.</translation>
    </message>
    <message>
        <source>Give either --from and --to, or --year, not both.</source>
        <translation>Give either --from and --to, or --year, not both.</translation>
    </message>
    <message>
        <source>--from and --to take dates as dd/MM/yyyy or yyyy-MM-dd (got &apos;%1&apos; and &apos;%2&apos;).</source>
        <translation>--from and --to take dates as dd/MM/yyyy or yyyy-MM-dd (got &apos;%1&apos; and &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>The period starts (%1) after it ends (%2).</translation>
    </message>
    <message>
        <source>--year takes a year such as 2012 (got &apos;%1&apos;).</source>
        <translation>--year takes a year such as 2012 (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--half takes 1 (January–June) or 2 (July–December) (got &apos;%1&apos;).</source>
        <translation>--half takes 1 (January–June) or 2 (July–December) (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--half needs --year.</source>
        <translation>--half needs --year.</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs a report&apos;s name, or --list to list them.</source>
        <translation>&apos;report&apos; needs a report&apos;s name, or --list to list them.</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs --db FILE.</source>
        <translation>&apos;report&apos; needs --db FILE.</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs --format pdf, xlsx or csv.</source>
        <translation>&apos;report&apos; needs --format pdf, xlsx or csv.</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs --out FILE for %1 (a CSV without --out goes to the standard output).</source>
        <translation>&apos;report&apos; needs --out FILE for %1 (a CSV without --out goes to the standard output).</translation>
    </message>
    <message>
        <source>--by takes district, commune or cell (got &apos;%1&apos;).</source>
        <translation>--by takes district, commune or cell (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--overdue-days takes a number of days, 1 or more.</source>
        <translation>--overdue-days takes a number of days, 1 or more.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Pages: %1/%2</source>
        <translation>Pages: %1/%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>FILE|DATE</source>
        <translation>FILE|DATE</translation>
    </message>
    <message>
        <source>report: with --year, the first (1) or second (2) half of the year.</source>
        <translation>report: with --year, the first (1) or second (2) half of the year.</translation>
    </message>
    <message>
        <source>report attendance: one row per district, commune or cell (default: one level below the scope).</source>
        <translation>report attendance: one row per district, commune or cell (default: one level below the scope).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>report member: the member&apos;s party card number or CCCD.</source>
        <translation>report member: the member&apos;s party card number or CCCD.</translation>
    </message>
    <message>
        <source>CARD_OR_CCCD</source>
        <translation>CARD_OR_CCCD</translation>
    </message>
    <message>
        <source>report coverage: a referral not received after this many days is overdue (default 30).</source>
        <translation>report coverage: a referral not received after this many days is overdue (default 30).</translation>
    </message>
    <message>
        <source>report, PDF: the document number line, e.g. &quot;Số 12-BC/BTCTU&quot;.</source>
        <translation>report, PDF: the document number line, e.g. &quot;Số 12-BC/BTCTU&quot;.</translation>
    </message>
    <message>
        <source>report, PDF: the name under the signature.</source>
        <translation>report, PDF: the name under the signature.</translation>
    </message>
    <message>
        <source>report: list the reports.</source>
        <translation>report: list the reports.</translation>
    </message>
    <message>
        <source>referrals letters, meetings, report: the year.</source>
        <translation>referrals letters, meetings, report: the year.</translation>
    </message>
    <message>
        <source>Language of messages and reports: vi or en (default: vi when the system locale is Vietnamese, else en).</source>
        <translation>Language of messages and reports: vi or en (default: vi when the system locale is Vietnamese, else en).</translation>
    </message>
    <message>
        <source>&apos;report&apos; takes one report&apos;s name; &apos;%1&apos; is one word too many.</source>
        <translation>&apos;report&apos; takes one report&apos;s name; &apos;%1&apos; is one word too many.</translation>
    </message>
    <message>
        <source>Note: the report &apos;%1&apos; as %2 does not use %3.</source>
        <translation>Note: the report &apos;%1&apos; as %2 does not use %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs members or organisations (see cutru-cli --help).</source>
        <translation>&apos;%1&apos; needs members or organisations (see cutru-cli --help).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes members or organisations (got &apos;%2&apos;).</source>
        <translation>&apos;%1&apos; takes members or organisations (got &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Note: &apos;%1&apos; does not use %2.</source>
        <translation>Note: &apos;%1&apos; does not use %2.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>Cannot read the mapping file %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a column mapping: a JSON object {&quot;kind&quot;: …, &quot;columns&quot;: {&quot;header&quot;: &quot;field&quot;, …}} is expected%2.</source>
        <translation>%1 is not a column mapping: a JSON object {&quot;kind&quot;: …, &quot;columns&quot;: {&quot;header&quot;: &quot;field&quot;, …}} is expected%2.</translation>
    </message>
    <message>
        <source> (%1 at character %2)</source>
        <translation> (%1 at character %2)</translation>
    </message>
    <message>
        <source>%1 is a mapping for %2, not for %3.</source>
        <translation>%1 is a mapping for %2, not for %3.</translation>
    </message>
    <message>
        <source>There is no file %1 and no saved mapping of that name for %2. Saved mappings: %3.</source>
        <translation>There is no file %1 and no saved mapping of that name for %2. Saved mappings: %3.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>import: the column mapping, a JSON file or the name of a saved mapping (default: guessed from the header).</source>
        <translation>import: the column mapping, a JSON file or the name of a saved mapping (default: guessed from the header).</translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation>FILE|NAME</translation>
    </message>
    <message>
        <source>import: save the mapping used under this name.</source>
        <translation>import: save the mapping used under this name.</translation>
    </message>
    <message>
        <source>import: what to do with rows matching a stored record: skip them (default), update the record, or fill only its empty fields.</source>
        <translation>import: what to do with rows matching a stored record: skip them (default), update the record, or fill only its empty fields.</translation>
    </message>
    <message>
        <source>skip|update|fill</source>
        <translation>skip|update|fill</translation>
    </message>
    <message>
        <source>import, CSV: utf-8, utf-16le, utf-16be or windows-1258 (default: detected).</source>
        <translation>import, CSV: utf-8, utf-16le, utf-16be or windows-1258 (default: detected).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>import, CSV: comma, semicolon or tab (default: detected).</source>
        <translation>import, CSV: comma, semicolon or tab (default: detected).</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>DELIMITER</translation>
    </message>
    <message>
        <source>import, XLSX: the sheet to read (default: the first).</source>
        <translation>import, XLSX: the sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>import: write the rejected rows to this CSV file, with their errors in an added column.</source>
        <translation>import: write the rejected rows to this CSV file, with their errors in an added column.</translation>
    </message>
    <message>
        <source>&apos;import %1&apos; needs one file to import and --db FILE.</source>
        <translation>&apos;import %1&apos; needs one file to import and --db FILE.</translation>
    </message>
    <message>
        <source>--mode takes skip, update or fill (got &apos;%1&apos;).</source>
        <translation>--mode takes skip, update or fill (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1258 (got &apos;%1&apos;).</source>
        <translation>--encoding takes utf-8, utf-16le, utf-16be or windows-1258 (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--delimiter takes comma, semicolon or tab (got &apos;%1&apos;).</source>
        <translation>--delimiter takes comma, semicolon or tab (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: the folder does not exist or is not writable.</source>
        <translation>Cannot write the rejected rows to %1: the folder does not exist or is not writable.</translation>
    </message>
    <message>
        <source>--save-mapping needs a name.</source>
        <translation>--save-mapping needs a name.</translation>
    </message>
    <message>
        <source>import of a CSV file</source>
        <translation>import of a CSV file</translation>
    </message>
    <message>
        <source>%1: CSV, %2, delimiter %3, %4 data rows</source>
        <translation>%1: CSV, %2, delimiter %3, %4 data rows</translation>
    </message>
    <message>
        <source>import of an XLSX file</source>
        <translation>import of an XLSX file</translation>
    </message>
    <message>
        <source>%1: XLSX, sheet &apos;%2&apos;, %3 data rows</source>
        <translation>%1: XLSX, sheet &apos;%2&apos;, %3 data rows</translation>
    </message>
    <message>
        <source>Column mapping (%1), file column → field:</source>
        <translation>Column mapping (%1), file column → field:</translation>
    </message>
    <message>
        <source>Column mapping guessed from the header, file column → field (give --mapping to change it):</source>
        <translation>Column mapping guessed from the header, file column → field (give --mapping to change it):</translation>
    </message>
    <message>
        <source>The file cannot be imported with this mapping: %1</source>
        <translation>The file cannot be imported with this mapping: %1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>The import was cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Unknown organisation: %1</source>
        <translation>Unknown organisation: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rows: %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Valid: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalid: %1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>Duplicates: %1</translation>
    </message>
    <message>
        <source>Possible duplicates: %1</source>
        <translation>Possible duplicates: %1</translation>
    </message>
    <message>
        <source>Repeated in the file: %1</source>
        <translation>Repeated in the file: %1</translation>
    </message>
    <message>
        <source>Inserted: %1</source>
        <translation>Inserted: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Nothing to write.</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>The mapping was not saved: %1</translation>
    </message>
    <message>
        <source>Saved the mapping as &apos;%1&apos;.</source>
        <translation>Saved the mapping as &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 (the import itself was written).</source>
        <translation>%1 (the import itself was written).</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Rejected rows written to %1.</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; needs --db FILE and --out FILE.</source>
        <translation>&apos;export %1&apos; needs --db FILE and --out FILE.</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format csv or xlsx.</source>
        <translation>&apos;export&apos; needs --format csv or xlsx.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>The export was cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Rows exported: %1</source>
        <translation>Rows exported: %1</translation>
    </message>
    <message>
        <source>referrals list, meetings list: csv or text (default); report: pdf, xlsx or csv; export: csv or xlsx.</source>
        <translation>referrals list, meetings list: csv or text (default); report: pdf, xlsx or csv; export: csv or xlsx.</translation>
    </message>
    <message>
        <source>meetings plan, report, export: the organisation to cover (default: the province; report, export: your own scope).</source>
        <translation>meetings plan, report, export: the organisation to cover (default: the province; report, export: your own scope).</translation>
    </message>
    <message>
        <source>attendance import, import: check and report, write nothing.</source>
        <translation>attendance import, import: check and report, write nothing.</translation>
    </message>
    <message>
        <source>&apos;comments drafts&apos; needs --db FILE, --scope CODE and --year YEAR.</source>
        <translation>&apos;comments drafts&apos; needs --db FILE, --scope CODE and --year YEAR.</translation>
    </message>
    <message>
        <source>Drafts: %1% (%2/%3)</source>
        <translation>Drafts: %1% (%2/%3)</translation>
    </message>
    <message>
        <source>Drafts created: %1</source>
        <translation>Drafts created: %1</translation>
    </message>
    <message>
        <source>Already with a comment: %1</source>
        <translation>Already with a comment: %1</translation>
    </message>
    <message>
        <source>&apos;comments&apos; takes drafts (see cutru-cli --help).</source>
        <translation>&apos;comments&apos; takes drafts (see cutru-cli --help).</translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation>The server refused the password: %1</translation>
    </message>
    <message>
        <source>Password for %1@%2/%3: </source>
        <translation>Password for %1@%2/%3: </translation>
    </message>
    <message>
        <source>On a server, --user does not choose the account: the connection&apos;s user does. Name it in the address: postgresql://%1@host/database.</source>
        <translation>On a server, --user does not choose the account: the connection&apos;s user does. Name it in the address: postgresql://%1@host/database.</translation>
    </message>
    <message>
        <source>&apos;demo&apos; takes either --out FILE or --db postgresql://…, not both.</source>
        <translation>&apos;demo&apos; takes either --out FILE or --db postgresql://…, not both.</translation>
    </message>
    <message>
        <source>&apos;demo --db&apos; takes the address of an empty database on a server, postgresql://…; a new file is made with --out FILE.</source>
        <translation>&apos;demo --db&apos; takes the address of an empty database on a server, postgresql://…; a new file is made with --out FILE.</translation>
    </message>
    <message>
        <source>&apos;demo&apos; needs --out FILE, or --db postgresql://… for an empty database on a server.</source>
        <translation>&apos;demo&apos; needs --out FILE, or --db postgresql://… for an empty database on a server.</translation>
    </message>
    <message>
        <source>&apos;backup&apos; copies SQLite files only. Back up a database on a PostgreSQL server with pg_dump.</source>
        <translation>&apos;backup&apos; copies SQLite files only. Back up a database on a PostgreSQL server with pg_dump.</translation>
    </message>
    <message>
        <source>&apos;restore&apos; restores SQLite files only. Restore a database on a PostgreSQL server from its pg_dump archive with pg_restore.</source>
        <translation>&apos;restore&apos; restores SQLite files only. Restore a database on a PostgreSQL server from its pg_dump archive with pg_restore.</translation>
    </message>
    <message>
        <source>The database to open: an SQLite file, or a database on a PostgreSQL server, postgresql://user@host[:port]/database[?sslmode=require]. The server&apos;s password comes from PGPASSWORD or a pgpass file, else it is asked on the terminal; it is never part of the address.</source>
        <translation>The database to open: an SQLite file, or a database on a PostgreSQL server, postgresql://user@host[:port]/database[?sslmode=require]. The server&apos;s password comes from PGPASSWORD or a pgpass file, else it is asked on the terminal; it is never part of the address.</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>FILE|URI</translation>
    </message>
    <message>
        <source>restore: the backup file to restore from; migrate: the database file to copy; report: the first day of the period (dd/MM/yyyy).</source>
        <translation>restore: the backup file to restore from; migrate: the database file to copy; report: the first day of the period (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>migrate: the server database to copy into (postgresql://…); report: the last day of the period (dd/MM/yyyy).</source>
        <translation>migrate: the server database to copy into (postgresql://…); report: the last day of the period (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>URI|DATE</source>
        <translation>URI|DATE</translation>
    </message>
    <message>
        <source>Act as this account (password from CUTRU_PASSWORD or asked). Without it: the file&apos;s local administrator. On a server the connection&apos;s user is the account, and --user is not needed.</source>
        <translation>Act as this account (password from CUTRU_PASSWORD or asked). Without it: the file&apos;s local administrator. On a server the connection&apos;s user is the account, and --user is not needed.</translation>
    </message>
    <message>
        <source>&apos;migrate&apos; needs --from FILE (the CuTru database file) and --to postgresql://… (an empty database on the server).</source>
        <translation>&apos;migrate&apos; needs --from FILE (the CuTru database file) and --to postgresql://… (an empty database on the server).</translation>
    </message>
    <message>
        <source>--from takes a CuTru database file; %1 is a server address.</source>
        <translation>--from takes a CuTru database file; %1 is a server address.</translation>
    </message>
    <message>
        <source>--to takes the server database&apos;s address, postgresql://[user@]host[:port]/database (got &apos;%1&apos;).</source>
        <translation>--to takes the server database&apos;s address, postgresql://[user@]host[:port]/database (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>The copy was cancelled; nothing was copied.</translation>
    </message>
    <message>
        <source>%1  %2 rows  SHA-256 %3</source>
        <translation>%1  %2 rows  SHA-256 %3</translation>
    </message>
    <message>
        <source>verified: %1 rows in %2 tables copied from %3 to %4, every row count and checksum equal (%5 s).</source>
        <translation>verified: %1 rows in %2 tables copied from %3 to %4, every row count and checksum equal (%5 s).</translation>
    </message>
    <message>
        <source>&apos;accounts reset-password&apos; needs --db FILE and --account NAME.</source>
        <translation>&apos;accounts reset-password&apos; needs --db FILE and --account NAME.</translation>
    </message>
    <message>
        <source>No account is named %1.</source>
        <translation>No account is named %1.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>No new password was given (CUTRU_NEW_PASSWORD, or typed on the terminal).</source>
        <translation>No new password was given (CUTRU_NEW_PASSWORD, or typed on the terminal).</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next sign-in.</source>
        <translation>The password of %1 was reset; it must be changed at the next sign-in.</translation>
    </message>
    <message>
        <source>CuTru command line: party members at their place of residence.

Commands:
  init --out FILE [--admin NAME]  create an empty database of the current schema
  demo --out FILE [--seed N]   build the Thái Bình 2012 demo province
  demo --db postgresql://… [--seed N]  the same into an empty database on a server
  info --db FILE               schema version and the organisation overview
  backup --db FILE --out COPY  a consistent copy of the database, also while it is in use
  restore --db FILE --from COPY  replace the database with a backup (the database as
                               it was is kept beside it as NAME.before-restore-…)
  migrate --from FILE --to postgresql://[user@]host[:port]/database
                               copy a single-office database file into an empty database on
                               a PostgreSQL server, verified by row counts and checksums
  accounts reset-password --db FILE --account NAME
                               a new password, to be changed at the next sign-in (from
                               CUTRU_NEW_PASSWORD or asked); on a server also the account&apos;s role
  referrals list --db FILE [--status S] [--commune CODE] [--format csv]
                               the referrals the user may see
  referrals letters --db FILE --org CODE --year Y --out FILE.pdf
                               the referral letters an organisation issued in a year
  meetings plan --db FILE --year Y [--scope CODE]
                               the year&apos;s periodic meetings of every residence cell
                               under CODE (default: the province)
  meetings list --db FILE --cell CODE [--year Y] [--format csv]
                               a cell&apos;s meetings: number, date, attendance
  meetings sheet --db FILE --meeting ID --out FILE.pdf [--blank]
                               a meeting&apos;s attendance record (--blank: the sign-in sheet)
  comments drafts --db FILE --scope CODE --year Y
                               annual comment drafts for every member due a comment in the
                               residence cells under CODE (see docs/comments.md)
  attendance import CSV --db FILE [--meeting ID] [--dry-run]
                               marks from a CSV file (see docs/data-formats.md)
  import members|organisations FILE --db FILE [--mapping FILE|NAME] [--save-mapping NAME]
         [--mode skip|update|fill] [--dry-run] [--encoding E] [--delimiter D] [--sheet S]
         [--rejected OUT.csv]
                               members or organisations from a CSV or XLSX file; exit code 0:
                               every row accepted, 2: some rows rejected, 1: nothing imported
  export members|organisations --db FILE [--scope CODE] --format csv|xlsx --out FILE
                               the members or organisations of CODE (default: your own scope),
                               in the columns the import reads
  report --list                the reports (Guideline 08-HD) and what they show
  report NAME --db FILE [--scope CODE] [--from D --to D | --year Y [--half 1|2]]
         [--by district|commune|cell] [--member CARD_OR_CCCD] --format pdf|xlsx|csv --out FILE
                               a report of the organisation CODE (default: your own scope)
                               over the period (default: the current year)

FILE after --db may also be a database on a PostgreSQL server:
  postgresql://user@host[:port]/database[?sslmode=verify-full]
The password is never part of the address: it comes from PGPASSWORD or a pgpass file
(~/.pgpass), else it is asked on the terminal. On a server you act as the account of the
connection&apos;s user. backup and restore are for SQLite files: use pg_dump and pg_restore.</source>
        <translation>CuTru command line: party members at their place of residence.

Commands:
  init --out FILE [--admin NAME]  create an empty database of the current schema
  demo --out FILE [--seed N]   build the Thái Bình 2012 demo province
  demo --db postgresql://… [--seed N]  the same into an empty database on a server
  info --db FILE               schema version and the organisation overview
  backup --db FILE --out COPY  a consistent copy of the database, also while it is in use
  restore --db FILE --from COPY  replace the database with a backup (the database as
                               it was is kept beside it as NAME.before-restore-…)
  migrate --from FILE --to postgresql://[user@]host[:port]/database
                               copy a single-office database file into an empty database on
                               a PostgreSQL server, verified by row counts and checksums
  accounts reset-password --db FILE --account NAME
                               a new password, to be changed at the next sign-in (from
                               CUTRU_NEW_PASSWORD or asked); on a server also the account&apos;s role
  referrals list --db FILE [--status S] [--commune CODE] [--format csv]
                               the referrals the user may see
  referrals letters --db FILE --org CODE --year Y --out FILE.pdf
                               the referral letters an organisation issued in a year
  meetings plan --db FILE --year Y [--scope CODE]
                               the year&apos;s periodic meetings of every residence cell
                               under CODE (default: the province)
  meetings list --db FILE --cell CODE [--year Y] [--format csv]
                               a cell&apos;s meetings: number, date, attendance
  meetings sheet --db FILE --meeting ID --out FILE.pdf [--blank]
                               a meeting&apos;s attendance record (--blank: the sign-in sheet)
  comments drafts --db FILE --scope CODE --year Y
                               annual comment drafts for every member due a comment in the
                               residence cells under CODE (see docs/comments.md)
  attendance import CSV --db FILE [--meeting ID] [--dry-run]
                               marks from a CSV file (see docs/data-formats.md)
  import members|organisations FILE --db FILE [--mapping FILE|NAME] [--save-mapping NAME]
         [--mode skip|update|fill] [--dry-run] [--encoding E] [--delimiter D] [--sheet S]
         [--rejected OUT.csv]
                               members or organisations from a CSV or XLSX file; exit code 0:
                               every row accepted, 2: some rows rejected, 1: nothing imported
  export members|organisations --db FILE [--scope CODE] --format csv|xlsx --out FILE
                               the members or organisations of CODE (default: your own scope),
                               in the columns the import reads
  report --list                the reports (Guideline 08-HD) and what they show
  report NAME --db FILE [--scope CODE] [--from D --to D | --year Y [--half 1|2]]
         [--by district|commune|cell] [--member CARD_OR_CCCD] --format pdf|xlsx|csv --out FILE
                               a report of the organisation CODE (default: your own scope)
                               over the period (default: the current year)

FILE after --db may also be a database on a PostgreSQL server:
  postgresql://user@host[:port]/database[?sslmode=verify-full]
The password is never part of the address: it comes from PGPASSWORD or a pgpass file
(~/.pgpass), else it is asked on the terminal. On a server you act as the account of the
connection&apos;s user. backup and restore are for SQLite files: use pg_dump and pg_restore.</translation>
    </message>
    <message>
        <source>accounts reset-password: the account&apos;s user name.</source>
        <translation>accounts reset-password: the account&apos;s user name.</translation>
    </message>
    <message>
        <source>The demo accounts (%1) have no database roles on the server yet: an administrator gives each a password to sign in with (CuTru connected to the server: Accounts → Reset password; or cutru-cli accounts reset-password --account NAME).</source>
        <translation>The demo accounts (%1) have no database roles on the server yet: an administrator gives each a password to sign in with (CuTru connected to the server: Accounts → Reset password; or cutru-cli accounts reset-password --account NAME).</translation>
    </message>
    <message>
        <source>The accounts were copied with their passwords, which the server cannot use: an administrator must give each account a new password before it can sign in to the server (CuTru connected to the server: Accounts → Reset password; or cutru-cli accounts reset-password --account NAME). Accounts: %1.</source>
        <translation>The accounts were copied with their passwords, which the server cannot use: an administrator must give each account a new password before it can sign in to the server (CuTru connected to the server: Accounts → Reset password; or cutru-cli accounts reset-password --account NAME). Accounts: %1.</translation>
    </message>
    <message>
        <source>init, demo, info, backup, restore, migrate, accounts, referrals, meetings, attendance, import, export or report</source>
        <translation>init, demo, info, backup, restore, migrate, accounts, referrals, meetings, attendance, import, export or report</translation>
    </message>
</context>
<context>
    <name>cutru::csv</name>
    <message>
        <source>%1 is not valid UTF-16 text.</source>
        <translation>%1 is not valid UTF-16 text.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text without a byte-order mark. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1 looks like UTF-16 text without a byte-order mark. Save it as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1, line %2: the text is not UTF-8. Save the file as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed (a &apos;&quot;&apos; is missing).</source>
        <translation>%1, line %2: a quoted field is not closed (a &apos;&quot;&apos; is missing).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 is a folder, not a CSV file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
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
    <name>cutru::password</name>
    <message>
        <source>Passwords cannot be checked on this computer: the cryptography library could not start.</source>
        <translation>Passwords cannot be checked on this computer: the cryptography library could not start.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password. Close other programs and try again.</source>
        <translation>There is not enough memory to protect the password. Close other programs and try again.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Alerts</name>
    <message>
        <source>Absence alerts and crowded cells</source>
        <translation>Absence alerts and crowded cells</translation>
    </message>
    <message>
        <source>Absence alerts</source>
        <translation>Absence alerts</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>As at %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Party card</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Residence cell</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Organisation holding the membership</source>
        <translation>Organisation holding the membership</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Absences in a row</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>Latest meeting</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Crowded cells</source>
        <translation>Crowded cells</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Referred members expected</source>
        <translation>Referred members expected</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>A member is alerted after %1 or more absences in a row; absences with a reason count.</source>
        <translation>A member is alerted after %1 or more absences in a row; absences with a reason count.</translation>
    </message>
    <message>
        <source>A member is alerted after %1 or more absences without a reason in a row; an absence with a reason ends the run.</source>
        <translation>A member is alerted after %1 or more absences without a reason in a row; an absence with a reason ends the run.</translation>
    </message>
    <message>
        <source>A cell is crowded when more than %1 referred members are expected at a meeting held on %2.</source>
        <translation>A cell is crowded when more than %1 referred members are expected at a meeting held on %2.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Attendance</name>
    <message>
        <source>Attendance of referred members at their place of residence</source>
        <translation>Attendance of referred members at their place of residence</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Meetings due</source>
        <translation>Meetings due</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Referred members</source>
        <translation>Referred members</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
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
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Present ÷ expected (%)</source>
        <translation>Present ÷ expected (%)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Meetings due: the periodic meetings of the rule profile (%1: %n a year) for each residence cell with a member expected during the meeting&apos;s period.</source>
        <translation>
            <numerusform>Meetings due: the periodic meetings of the rule profile (%1: %n a year) for each residence cell with a member expected during the meeting&apos;s period.</numerusform>
            <numerusform>Meetings due: the periodic meetings of the rule profile (%1: %n a year) for each residence cell with a member expected during the meeting&apos;s period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance rate = present ÷ expected, over the held meetings; rows under the target rate of %1 % are highlighted.</source>
        <translation>Attendance rate = present ÷ expected, over the held meetings; rows under the target rate of %1 % are highlighted.</translation>
    </message>
    <message>
        <source>The attendance report follows the residence tree: choose the province, a district, a commune or a cell rather than %1, a workplace organisation.</source>
        <translation>The attendance report follows the residence tree: choose the province, a district, a commune or a cell rather than %1, a workplace organisation.</translation>
    </message>
    <message>
        <source>Rows by district need the province as the scope: %1 is not above the districts. Choose rows by commune or by cell, or a wider scope.</source>
        <translation>Rows by district need the province as the scope: %1 is not above the districts. Choose rows by commune or by cell, or a wider scope.</translation>
    </message>
    <message>
        <source>Rows by commune need the province or a district as the scope: %1 is not above the communes. Choose rows by cell, or a wider scope.</source>
        <translation>Rows by commune need the province or a district as the scope: %1 is not above the communes. Choose rows by cell, or a wider scope.</translation>
    </message>
    <message>
        <source>Rows by cell need the province, a district or a commune as the scope: %1 is a cell. Choose the default rows, or a wider scope.</source>
        <translation>Rows by cell need the province, a district or a commune as the scope: %1 is a cell. Choose the default rows, or a wider scope.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::AttendanceSheets</name>
    <message>
        <source>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</source>
        <translation>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</source>
        <translation>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet to %1.</source>
        <translation>Cannot write the sign-in sheet to %1.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet to %1: %2</source>
        <translation>Cannot write the sign-in sheet to %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the attendance record to %1.</source>
        <translation>Cannot write the attendance record to %1.</translation>
    </message>
    <message>
        <source>Cannot write the attendance record to %1: %2</source>
        <translation>Cannot write the attendance record to %1: %2</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Catalogue</name>
    <message>
        <source>Organisation overview</source>
        <translation>Organisation overview</translation>
    </message>
    <message>
        <source>Commune-level committees and cells by kind, members held in communes and in wards, working members by type of workplace, as the database stands today.</source>
        <translation>Commune-level committees and cells by kind, members held in communes and in wards, working members by type of workplace, as the database stands today.</translation>
    </message>
    <message>
        <source>Referral coverage</source>
        <translation>Referral coverage</translation>
    </message>
    <message>
        <source>Working members referred, received, assigned, pending, overdue and exempt, by type of workplace and by workplace organisation.</source>
        <translation>Working members referred, received, assigned, pending, overdue and exempt, by type of workplace and by workplace organisation.</translation>
    </message>
    <message>
        <source>Attendance at the place of residence</source>
        <translation>Attendance at the place of residence</translation>
    </message>
    <message>
        <source>Meetings due and held, members expected, present and absent, and the attendance rate, by district, commune or cell.</source>
        <translation>Meetings due and held, members expected, present and absent, and the attendance rate, by district, commune or cell.</translation>
    </message>
    <message>
        <source>Absence alerts and crowded cells</source>
        <translation>Absence alerts and crowded cells</translation>
    </message>
    <message>
        <source>Members absent from several meetings in a row, and cells with more referred members than a meeting can seat.</source>
        <translation>Members absent from several meetings in a row, and cells with more referred members than a meeting can seat.</translation>
    </message>
    <message>
        <source>Annual comments</source>
        <translation>Annual comments</translation>
    </message>
    <message>
        <source>Annual comments due, written, sent and received, by workplace organisation.</source>
        <translation>Annual comments due, written, sent and received, by workplace organisation.</translation>
    </message>
    <message>
        <source>Member&apos;s residence record</source>
        <translation>Member&apos;s residence record</translation>
    </message>
    <message>
        <source>One member&apos;s referrals, receptions, attendance and annual comments.</source>
        <translation>One member&apos;s referrals, receptions, attendance and annual comments.</translation>
    </message>
    <message>
        <source>Liaison activity</source>
        <translation>Liaison activity</translation>
    </message>
    <message>
        <source>Visits of the provincial liaison cadres per cadre and commune, problems raised and resolved.</source>
        <translation>Visits of the provincial liaison cadres per cadre and commune, problems raised and resolved.</translation>
    </message>
    <message>
        <source>There is no report called &apos;%1&apos;. The reports are: %2.</source>
        <translation>There is no report called &apos;%1&apos;. The reports are: %2.</translation>
    </message>
    <message>
        <source>The period must have a start and an end date, the start not after the end.</source>
        <translation>The period must have a start and an end date, the start not after the end.</translation>
    </message>
    <message>
        <source>The report &apos;%1&apos; needs a member: a party card number or a CCCD.</source>
        <translation>The report &apos;%1&apos; needs a member: a party card number or a CCCD.</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <source>Problems raised at the liaison cadres&apos; visits and not resolved yet, the oldest visit first, as the database stands today.</source>
        <translation>Problems raised at the liaison cadres&apos; visits and not resolved yet, the oldest visit first, as the database stands today.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::CommentForms</name>
    <message>
        <source>There are no comment forms to write to %1.</source>
        <translation>There are no comment forms to write to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</source>
        <translation>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</source>
        <translation>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</translation>
    </message>
    <message>
        <source>Cannot write the comment forms to %1: %2</source>
        <translation>Cannot write the comment forms to %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the comment forms to %1.</source>
        <translation>Cannot write the comment forms to %1.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Comments</name>
    <message>
        <source>Annual comments</source>
        <translation>Annual comments</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Workplace organisation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>The year %1 is not over: members due are counted as the records stand on %2.</source>
        <translation>The year %1 is not over: members due are counted as the records stand on %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due: working members referred to a residence cell, assigned on or before 31 December of the year, not ended on or before it and not exempt on it (Guideline 33). Written, sent and received count the comments of those members for that year.</source>
        <translation>Due: working members referred to a residence cell, assigned on or before 31 December of the year, not ended on or before it and not exempt on it (Guideline 33). Written, sent and received count the comments of those members for that year.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Coverage</name>
    <message>
        <source>Working members</source>
        <translation>Working members</translation>
    </message>
    <message>
        <source>Not to be referred</source>
        <translation>Not to be referred</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Newly referred in the period</source>
        <translation>Newly referred in the period</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned to a cell</source>
        <translation>Assigned to a cell</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Referral coverage of working members</source>
        <translation>Referral coverage of working members</translation>
    </message>
    <message>
        <source>By type of workplace</source>
        <translation>By type of workplace</translation>
    </message>
    <message>
        <source>Type of workplace</source>
        <translation>Type of workplace</translation>
    </message>
    <message>
        <source>Coverage by type of workplace</source>
        <translation>Coverage by type of workplace</translation>
    </message>
    <message>
        <source>Received ÷ working members to be referred (%)</source>
        <translation>Received ÷ working members to be referred (%)</translation>
    </message>
    <message>
        <source>By workplace organisation</source>
        <translation>By workplace organisation</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Workplace organisation</translation>
    </message>
    <message>
        <source>Figures as of %1, from each working member&apos;s latest referral issued on or before that day.</source>
        <translation>Figures as of %1, from each working member&apos;s latest referral issued on or before that day.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: not received more than %n day(s) after the letter was issued.</source>
        <translation>
            <numerusform>Overdue: not received more than %n day after the letter was issued.</numerusform>
            <numerusform>Overdue: not received more than %n days after the letter was issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage = received ÷ (working members − not to be referred).</source>
        <translation>Coverage = received ÷ (working members − not to be referred).</translation>
    </message>
</context>
<context>
    <name>cutru::reports::DataExport</name>
    <message>
        <source>Cannot write the export file %1: %2</source>
        <translation>Cannot write the export file %1: %2</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>the file could not be created</translation>
    </message>
    <message>
        <source>the sheet name &apos;%1&apos; is not valid</source>
        <translation>the sheet name &apos;%1&apos; is not valid</translation>
    </message>
    <message>
        <source>No file was given to export to.</source>
        <translation>No file was given to export to.</translation>
    </message>
    <message>
        <source>Exporting members writes their CCCD numbers. %1</source>
        <translation>Exporting members writes their CCCD numbers. %1</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Liaison</name>
    <message>
        <source>Liaison activity</source>
        <translation>Liaison activity</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation>At a meeting</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Visits dated within the period to communes under the scope. Problems raised counts the problems recorded at those visits (a visit may raise several); a problem counts as resolved when it was resolved on or before %1; still open = problems raised − resolved.</source>
        <translation>Visits dated within the period to communes under the scope. Problems raised counts the problems recorded at those visits (a visit may raise several); a problem counts as resolved when it was resolved on or before %1; still open = problems raised − resolved.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::MemberRecord</name>
    <message>
        <source>No member has the party card number or CCCD &apos;%1&apos;.</source>
        <translation>No member has the party card number or CCCD &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, from %2 to %3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, until %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Exempt (not counted)</source>
        <translation>Exempt (not counted)</translation>
    </message>
    <message>
        <source>%1 (one of the cell&apos;s own members, not counted)</source>
        <translation>%1 (one of the cell&apos;s own members, not counted)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>%1 is neither held, living nor referred under %2: choose a scope that covers the member.</source>
        <translation>%1 is neither held, living nor referred under %2: choose a scope that covers the member.</translation>
    </message>
    <message>
        <source>Residence record of %1</source>
        <translation>Residence record of %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
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
        <source>Party card</source>
        <translation>Party card</translation>
    </message>
    <message>
        <source>Membership held in</source>
        <translation>Membership held in</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation>Residence address</translation>
    </message>
    <message>
        <source>Residence province</source>
        <translation>Residence province</translation>
    </message>
    <message>
        <source>Residence commune</source>
        <translation>Residence commune</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Residence cell</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned cell</source>
        <translation>Assigned cell</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>Exemption (Guideline 33)</source>
        <translation>Exemption (Guideline 33)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>%1 (outside the province)</source>
        <translation>%1 (outside the province)</translation>
    </message>
    <message>
        <source>Attendance at residence meetings</source>
        <translation>Attendance at residence meetings</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Absent with a reason: %1; without a reason: %2; not marked: %3; exempt: %4</source>
        <translation>Absent with a reason: %1; without a reason: %2; not marked: %3; exempt: %4</translation>
    </message>
    <message>
        <source>Annual comments</source>
        <translation>Annual comments</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Attendance lists the held meetings of the period where the member was expected, exempt or marked; the rate is present ÷ expected. Referrals and annual comments are listed in full.</source>
        <translation>Attendance lists the held meetings of the period where the member was expected, exempt or marked; the rate is present ÷ expected. Referrals and annual comments are listed in full.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>cutru::reports::OpenProblems</name>
    <message>
        <source>Open problems</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems raised at liaison cadres&apos; visits to communes under the scope and not resolved on %1 (open or being resolved), the oldest visit first; days open are counted from the visit. Problems listed: %2.</source>
        <translation>Problems raised at liaison cadres&apos; visits to communes under the scope and not resolved on %1 (open or being resolved), the oldest visit first; days open are counted from the visit. Problems listed: %2.</translation>
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
    <message>
        <source>As at %1</source>
        <translation>As at %1</translation>
    </message>
</context>
<context>
    <name>cutru::reports::ReferralLetters</name>
    <message>
        <source>There are no referral letters to write to %1.</source>
        <translation>There are no referral letters to write to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</source>
        <translation>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</source>
        <translation>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</translation>
    </message>
    <message>
        <source>Cannot write the referral letters to %1: %2</source>
        <translation>Cannot write the referral letters to %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the referral letters to %1.</source>
        <translation>Cannot write the referral letters to %1.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::ReportChart</name>
    <message>
        <source>Target %1 %</source>
        <translation>Target %1 %</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
</context>
<context>
    <name>cutru::reports::ReportPdf</name>
    <message>
        <source>printing needs the program&apos;s graphical part (QGuiApplication)</source>
        <translation>printing needs the program&apos;s graphical part (QGuiApplication)</translation>
    </message>
    <message>
        <source>the font Liberation Serif is not installed (Debian package fonts-liberation2)</source>
        <translation>the font Liberation Serif is not installed (Debian package fonts-liberation2)</translation>
    </message>
    <message>
        <source>the chart needs the program&apos;s graphical part (QApplication)</source>
        <translation>the chart needs the program&apos;s graphical part (QApplication)</translation>
    </message>
    <message>
        <source>the chart can only be drawn on the program&apos;s main thread</source>
        <translation>the chart can only be drawn on the program&apos;s main thread</translation>
    </message>
    <message>
        <source>Cannot print the report: %1.</source>
        <translation>Cannot print the report: %1.</translation>
    </message>
    <message>
        <source>Cannot print the report: the printer or file could not be opened.</source>
        <translation>Cannot print the report: the printer or file could not be opened.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Cannot write the report to %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Cannot write the report to %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Cannot write the report to %1.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::ReportXlsx</name>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Cannot write the workbook %1: %2</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>the file could not be created</translation>
    </message>
    <message>
        <source>the sheet name &apos;%1&apos; is not valid</source>
        <translation>the sheet name &apos;%1&apos; is not valid</translation>
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
    <message>
        <source>The backup file %1 is damaged and cannot be restored. Choose another backup.</source>
        <translation>The backup file %1 is damaged and cannot be restored. Choose another backup.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a CuTru backup.</source>
        <translation>The file %1 is an SQLite database of another program, not a CuTru backup.</translation>
    </message>
    <message>
        <source>The safety copy %1 of the current database could not be written, so nothing was restored.</source>
        <translation>The safety copy %1 of the current database could not be written, so nothing was restored.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself (%1). Choose another file.</source>
        <translation>A backup cannot be written over the database itself (%1). Choose another file.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; choose a file name for the backup.</source>
        <translation>%1 is a folder, not a file; choose a file name for the backup.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup cannot be written to the folder %1: it is read-only.</source>
        <translation>The backup cannot be written to the folder %1: it is read-only.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: the disk is full.</source>
        <translation>The backup could not be written to %1: the disk is full.</translation>
    </message>
    <message>
        <source>The database %1 could not be backed up: it is damaged. Restore it from an earlier backup.</source>
        <translation>The database %1 could not be backed up: it is damaged. Restore it from an earlier backup.</translation>
    </message>
    <message>
        <source>The database %1 could not be read for the backup: it is busy or cannot be read.</source>
        <translation>The database %1 could not be read for the backup: it is busy or cannot be read.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>The backup could not be written to %1.</translation>
    </message>
    <message>
        <source>The backup written to %1 did not pass its check and was removed. The disk may be failing; try another place.</source>
        <translation>The backup written to %1 did not pass its check and was removed. The disk may be failing; try another place.</translation>
    </message>
    <message>
        <source>The backup could not be put in place as %1.</source>
        <translation>The backup could not be put in place as %1.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 is a folder, not a backup file.</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a CuTru backup.</source>
        <translation>The file %1 is empty; it is not a CuTru backup.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read: %2</source>
        <translation>The backup file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a CuTru backup: it is not a database file.</source>
        <translation>The file %1 is not a CuTru backup: it is not a database file.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read.</source>
        <translation>The backup file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is an empty database, not a CuTru backup.</source>
        <translation>The file %1 is an empty database, not a CuTru backup.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CuTru (schema %2; this version knows up to %3). Update CuTru to restore it.</source>
        <translation>The backup %1 was made by a newer version of CuTru (schema %2; this version knows up to %3). Update CuTru to restore it.</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>The check of %1 was cancelled.</translation>
    </message>
    <message>
        <source>The backup %1 is the database itself; choose a backup file.</source>
        <translation>The backup %1 is the database itself; choose a backup file.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database %1 could not be restored: the disk is full. It was left as it was.</source>
        <translation>The database %1 could not be restored: the disk is full. It was left as it was.</translation>
    </message>
    <message>
        <source>The database %1 could not be restored: another program is using it. Close it there and try again; nothing was changed.</source>
        <translation>The database %1 could not be restored: another program is using it. Close it there and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 could not be restored from %2; it was left as it was.</source>
        <translation>The database %1 could not be restored from %2; it was left as it was.</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but it could not be brought up to this version of CuTru: %2</source>
        <translation>The backup was restored into %1, but it could not be brought up to this version of CuTru: %2</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but it could not be brought up to this version of CuTru: %2 The database as it was before is kept in %3.</source>
        <translation>The backup was restored into %1, but it could not be brought up to this version of CuTru: %2 The database as it was before is kept in %3.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened safely: the SQLite library in use cannot protect the change history.</source>
        <translation>The database file %1 cannot be opened safely: the SQLite library in use cannot protect the change history.</translation>
    </message>
    <message>
        <source>The database file %1 could not be checked: it is in use or cannot be read.</source>
        <translation>The database file %1 could not be checked: it is in use or cannot be read.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, so CuTru did not open it (nothing in it was changed). Restore it from a backup (File → Restore from a backup…, or cutru-cli restore), or ask your administrator for help.</source>
        <translation>The database file %1 is damaged, so CuTru did not open it (nothing in it was changed). Restore it from a backup (File → Restore from a backup…, or cutru-cli restore), or ask your administrator for help.</translation>
    </message>
    <message>
        <source>The password of %1 could not be prepared for the server.</source>
        <translation>The password of %1 could not be prepared for the server.</translation>
    </message>
    <message>
        <source>The user name %1 cannot be used on this server: a database role of that name already exists and is not this database&apos;s account (or the name is reserved). Choose another user name.</source>
        <translation>The user name %1 cannot be used on this server: a database role of that name already exists and is not this database&apos;s account (or the name is reserved). Choose another user name.</translation>
    </message>
    <message>
        <source>Only the provincial board can change the database role of the account %1.</source>
        <translation>Only the provincial board can change the database role of the account %1.</translation>
    </message>
    <message>
        <source>The server did not let CuTru create or change the database role %1: the role that owns the database&apos;s tables needs the CREATEROLE attribute.</source>
        <translation>The server did not let CuTru create or change the database role %1: the role that owns the database&apos;s tables needs the CREATEROLE attribute.</translation>
    </message>
    <message>
        <source>The database role of the account %1 could not be created or changed.</source>
        <translation>The database role of the account %1 could not be created or changed.</translation>
    </message>
    <message>
        <source>The database %1 is on a PostgreSQL server: CuTru restores only database files. The server&apos;s administrator restores it with pg_restore from a pg_dump backup.</source>
        <translation>The database %1 is on a PostgreSQL server: CuTru restores only database files. The server&apos;s administrator restores it with pg_restore from a pg_dump backup.</translation>
    </message>
    <message>
        <source>The database %1 is on a PostgreSQL server: CuTru backs up only database files. The server&apos;s administrator backs it up with pg_dump.</source>
        <translation>The database %1 is on a PostgreSQL server: CuTru backs up only database files. The server&apos;s administrator backs it up with pg_dump.</translation>
    </message>
    <message>
        <source>CuTru cannot reach PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>CuTru cannot reach PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 needs a password for this user and none was given (the password prompt, PGPASSWORD or a pgpass file).</source>
        <translation>The server %1 needs a password for this user and none was given (the password prompt, PGPASSWORD or a pgpass file).</translation>
    </message>
    <message>
        <source>The server %1 refused the password for this user.</source>
        <translation>The server %1 refused the password for this user.</translation>
    </message>
    <message>
        <source>CuTru cannot connect to the database server %1: %2</source>
        <translation>CuTru cannot connect to the database server %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, not CuTru&apos;s.</source>
        <translation>The database %1 holds another program&apos;s tables, not CuTru&apos;s.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty: it has no CuTru data yet.</source>
        <translation>The database %1 on the server is empty: it has no CuTru data yet.</translation>
    </message>
    <message>
        <source>The database %1 on the server already holds CuTru data; give an empty database.</source>
        <translation>The database %1 on the server already holds CuTru data; give an empty database.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.</source>
        <translation>The database %1 cannot be read.</translation>
    </message>
    <message>
        <source>The database %1 is busy. Try again in a moment.</source>
        <translation>The database %1 is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>The copy to %1 could not be committed; nothing was copied.</source>
        <translation>The copy to %1 could not be committed; nothing was copied.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>The file %1 could not be read.</translation>
    </message>
    <message>
        <source>The file %1 is not a CuTru database: it has a table named &quot;%2&quot;.</source>
        <translation>The file %1 is not a CuTru database: it has a table named &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file %1 is not a CuTru database: table %2 has a column named &quot;%3&quot;.</source>
        <translation>The file %1 is not a CuTru database: table %2 has a column named &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The tables of %1 refer to each other in a circle; CuTru cannot copy them in order.</source>
        <translation>The tables of %1 refer to each other in a circle; CuTru cannot copy them in order.</translation>
    </message>
    <message>
        <source>The database %1 on the server could not be read.</source>
        <translation>The database %1 on the server could not be read.</translation>
    </message>
    <message>
        <source>The database %1 on the server has no table %2, which the file has. Are the server&apos;s schema and this CuTru of the same version?</source>
        <translation>The database %1 on the server has no table %2, which the file has. Are the server&apos;s schema and this CuTru of the same version?</translation>
    </message>
    <message>
        <source>The table %1 has other columns on the server (%2) than in the file (%3); nothing was copied.</source>
        <translation>The table %1 has other columns on the server (%2) than in the file (%3); nothing was copied.</translation>
    </message>
    <message>
        <source>The server %1 refused rows of table %2, so nothing was copied. The file may hold data the server&apos;s rules do not accept; the log has the server&apos;s reason.</source>
        <translation>The server %1 refused rows of table %2, so nothing was copied. The file may hold data the server&apos;s rules do not accept; the log has the server&apos;s reason.</translation>
    </message>
    <message>
        <source>The server %1 cannot take the rows of table %2; nothing was copied.</source>
        <translation>The server %1 cannot take the rows of table %2; nothing was copied.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>The copy was cancelled; nothing was copied.</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copying %1</translation>
    </message>
    <message>
        <source>The numbering of table %1 on the server %2 could not be set; nothing was copied.</source>
        <translation>The numbering of table %1 on the server %2 could not be set; nothing was copied.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>The database to copy must be a CuTru database file, not the server address %1.</source>
        <translation>The database to copy must be a CuTru database file, not the server address %1.</translation>
    </message>
    <message>
        <source>The copy goes to a PostgreSQL server: give a postgresql:// address, not %1.</source>
        <translation>The copy goes to a PostgreSQL server: give a postgresql:// address, not %1.</translation>
    </message>
    <message>
        <source>The copy to %1 failed; nothing was copied.</source>
        <translation>The copy to %1 failed; nothing was copied.</translation>
    </message>
    <message>
        <source>Only the role that owns CuTru&apos;s tables on the server may copy a file into %1; the role %2 does not own table %3.</source>
        <translation>Only the role that owns CuTru&apos;s tables on the server may copy a file into %1; the role %2 does not own table %3.</translation>
    </message>
    <message>
        <source>The database %1 on the server already holds CuTru data (tables %2); give an empty database.</source>
        <translation>The database %1 on the server already holds CuTru data (tables %2); give an empty database.</translation>
    </message>
    <message>
        <source>The copy to %1 did not match the file (tables %2), so nothing was copied.</source>
        <translation>The copy to %1 did not match the file (tables %2), so nothing was copied.</translation>
    </message>
    <message>
        <source>No database was given: name an SQLite file or a postgresql:// address.</source>
        <translation>No database was given: name an SQLite file or a postgresql:// address.</translation>
    </message>
    <message>
        <source>The server address %1 is not a valid postgresql:// address: %2</source>
        <translation>The server address %1 is not a valid postgresql:// address: %2</translation>
    </message>
    <message>
        <source>The server address must not contain a password. CuTru asks for it, or reads it from PGPASSWORD or a pgpass file.</source>
        <translation>The server address must not contain a password. CuTru asks for it, or reads it from PGPASSWORD or a pgpass file.</translation>
    </message>
    <message>
        <source>The server address %1 has an invalid port.</source>
        <translation>The server address %1 has an invalid port.</translation>
    </message>
    <message>
        <source>The server address %1 does not name a database (postgresql://host/database).</source>
        <translation>The server address %1 does not name a database (postgresql://host/database).</translation>
    </message>
    <message>
        <source>The server address option &quot;%1&quot; is not supported.</source>
        <translation>The server address option &quot;%1&quot; is not supported.</translation>
    </message>
    <message>
        <source>The server address option &quot;%1&quot; has an invalid value.</source>
        <translation>The server address option &quot;%1&quot; has an invalid value.</translation>
    </message>
    <message>
        <source>The database server refused the change: your account may not change these records. Nothing was saved.</source>
        <translation>The database server refused the change: your account may not change these records. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>cutru::tabular</name>
    <message>
        <source>%1, line %2: the text is not valid UTF-8.</source>
        <translation>%1, line %2: the text is not valid UTF-8.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid UTF-16.</source>
        <translation>%1, line %2: the text is not valid UTF-16.</translation>
    </message>
    <message>
        <source>Cannot read %1: this system has no Windows-1258 converter.</source>
        <translation>Cannot read %1: this system has no Windows-1258 converter.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor Windows-1258. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1, line %2: the text is neither UTF-8 nor Windows-1258. Save the file as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid Windows-1258.</source>
        <translation>%1, line %2: the text is not valid Windows-1258.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate the columns of %1.</source>
        <translation>A quote or a line break cannot separate the columns of %1.</translation>
    </message>
    <message>
        <source>%1 has no header row: all its rows are empty.</source>
        <translation>%1 has no header row: all its rows are empty.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: it cannot be opened as an Excel workbook (%2).</source>
        <translation>%1 is damaged or incomplete: it cannot be opened as an Excel workbook (%2).</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, cell %3%4: the workbook refers to a shared text that it does not hold; the file is damaged.</source>
        <translation>%1, sheet &quot;%2&quot;, cell %3%4: the workbook refers to a shared text that it does not hold; the file is damaged.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has no header row: it is empty.</source>
        <translation>%1: the sheet &quot;%2&quot; has no header row: it is empty.</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the part %2 is missing.</source>
        <translation>%1 is not a complete Excel workbook: the part %2 is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be read (%3).</source>
        <translation>%1 is damaged: the part %2 cannot be read (%3).</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be read.</source>
        <translation>%1 is damaged: the part %2 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not well-formed XML (line %3: %4).</source>
        <translation>%1 is damaged: the part %2 is not well-formed XML (line %3: %4).</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive but not an Excel workbook (it holds no %2).</source>
        <translation>%1 is a ZIP archive but not an Excel workbook (it holds no %2).</translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook does not say where its sheet &quot;%2&quot; is.</source>
        <translation>%1 is damaged: the workbook does not say where its sheet &quot;%2&quot; is.</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook without sheets.</source>
        <translation>%1 is an Excel workbook without sheets.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are %3.</source>
        <translation>%1 has no sheet named &quot;%2&quot;; its sheets are %3.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (Vietnamese)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
</context>
</TS>
