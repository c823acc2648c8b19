<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>Mật khẩu &amp;ban đầu:</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Gợi ý</translation>
    </message>
    <message>
        <source>&amp;Enabled: the account may sign in</source>
        <translation>Đang &amp;dùng: tài khoản được phép đăng nhập</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>&amp;Xóa vai trò</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>Thê&amp;m vai trò</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt lại &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Khóa sử &amp;dụng</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Nhập &amp;lại mật khẩu mới:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Annual comment</source>
        <translation>Nhận xét đảng viên hằng năm</translation>
    </message>
    <message>
        <source>1. &amp;Exemplary conduct in following Party and State policy, the law and local rules:</source>
        <translation>1. &amp;Việc gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương:</translation>
    </message>
    <message>
        <source>2. Taking part in residence meetings — the year&apos;s figures:</source>
        <translation>2. Tham gia sinh hoạt nơi cư trú — số liệu trong năm:</translation>
    </message>
    <message>
        <source>From the attendance records of the year; refilled while the comment is a draft.</source>
        <translation>Lấy từ điểm danh trong năm; được cập nhật lại khi bản nhận xét còn là dự thảo.</translation>
    </message>
    <message>
        <source>&amp;Remarks on taking part:</source>
        <translation>&amp;Nhận xét về việc tham gia:</translation>
    </message>
    <message>
        <source>3. Relations with the &amp;people, neighbours and community:</source>
        <translation>3. Quan hệ với nhân &amp;dân, hàng xóm và cộng đồng dân cư:</translation>
    </message>
    <message>
        <source>4. &amp;Other remarks:</source>
        <translation>4. Nhận xét &amp;khác:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>Kết &amp;luận:</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>A CuTru database on a PostgreSQL server, shared by the province&apos;s offices.</source>
        <translation>Cơ sở dữ liệu CuTru trên máy chủ PostgreSQL, dùng chung cho các văn phòng trong tỉnh.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>tên máy hoặc địa chỉ</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>Mã &amp;hóa (TLS):</translation>
    </message>
    <message>
        <source>The password is kept in memory only while CuTru runs; it is never saved. Leave it empty when it comes from a pgpass file or PGPASSWORD.</source>
        <translation>Mật khẩu chỉ được giữ trong bộ nhớ khi CuTru đang chạy, không bao giờ được lưu. Để trống nếu mật khẩu lấy từ tệp pgpass hoặc PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation>Tạo tài khoản đầu tiên</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
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
        <translation>Tổ chức đảng (phạm vi)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Tạo cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
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
        <translation>&amp;Thông tin về CuTru</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation>Đăng nhập bằng người dùng &amp;khác…</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>&amp;Tài khoản người dùng…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>&amp;Nhập đảng viên…</translation>
    </message>
    <message>
        <source>Import or&amp;ganisations…</source>
        <translation>Nhập &amp;tổ chức đảng…</translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation>&amp;Xuất đảng viên…</translation>
    </message>
    <message>
        <source>Export organisa&amp;tions…</source>
        <translation>Xuất tổ &amp;chức đảng…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Nhân thân</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;CCCD number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation>Thông tin đảng viên</translation>
    </message>
    <message>
        <source>Party card &amp;no.:</source>
        <translation>Số thẻ đảng &amp;viên:</translation>
    </message>
    <message>
        <source>Personal &amp;record no.:</source>
        <translation>Số &amp;lý lịch:</translation>
    </message>
    <message>
        <source>Date of &amp;admission:</source>
        <translation>Ngày vào Đả&amp;ng:</translation>
    </message>
    <message>
        <source>&amp;Official member since:</source>
        <translation>Ngày chính &amp;thức:</translation>
    </message>
    <message>
        <source>&amp;Probationary (not yet official)</source>
        <translation>&amp;Dự bị (chưa chính thức)</translation>
    </message>
    <message>
        <source>C&amp;ell / organisation:</source>
        <translation>Chi &amp;bộ / tổ chức đảng:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công tác</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Nơ&amp;i công tác:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Nơi cư trú</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Tỉnh, thành &amp;phố:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>&amp;Xã, phường:</translation>
    </message>
    <message>
        <source>Village / residen&amp;tial group:</source>
        <translation>Thôn, tổ &amp;dân phố:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Tham số:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiển thị hướng dẫn về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiển thị hướng dẫn, kể cả các tùy chọn riêng của Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Không có tùy chọn &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Không có các tùy chọn: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Không cần giá trị sau &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Nhập &amp;lại mật khẩu mới:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in to CuTru</source>
        <translation>Đăng nhập vào CuTru</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>cutru::AbsenceAlertsWidget</name>
    <message>
        <source>Alert after this many absences in a row:</source>
        <translation>Cảnh báo khi vắng liên tiếp từ (số buổi):</translation>
    </message>
    <message>
        <source>Count absences with reason</source>
        <translation>Tính cả vắng có lý do</translation>
    </message>
    <message>
        <source>When unticked, an absence with a reason ends a run of absences without one.</source>
        <translation>Nếu không đánh dấu, một buổi vắng có lý do sẽ ngắt chuỗi vắng không lý do.</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Chi bộ nơi cư trú</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Đảng bộ cấp xã</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Mã tổ chức</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Số buổi vắng liên tiếp</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Buổi gần nhất</translation>
    </message>
    <message>
        <source>Reading the absences…</source>
        <translation>Đang đọc số liệu vắng mặt…</translation>
    </message>
    <message>
        <source>No member has been absent that many times in a row.</source>
        <translation>Không có đảng viên nào vắng liên tiếp ngần ấy buổi.</translation>
    </message>
    <message>
        <source>As of %1: %2 members to tell their workplace organisations about.</source>
        <translation>Đến ngày %1: %2 đảng viên cần thông báo cho tổ chức đảng nơi công tác.</translation>
    </message>
    <message>
        <source>As of %1, in %2: %3 members to tell their workplace organisations about.</source>
        <translation>Đến ngày %1, trong %2: %3 đảng viên cần thông báo cho tổ chức đảng nơi công tác.</translation>
    </message>
    <message>
        <source>Absence alerts</source>
        <translation>Cảnh báo vắng sinh hoạt</translation>
    </message>
    <message>
        <source>At least %1 absences in a row, with or without a reason; as of %2.</source>
        <translation>Vắng từ %1 buổi liên tiếp trở lên, có hoặc không có lý do; tính đến ngày %2.</translation>
    </message>
    <message>
        <source>At least %1 absences in a row without a reason; as of %2.</source>
        <translation>Vắng không lý do từ %1 buổi liên tiếp trở lên; tính đến ngày %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Export absence alerts</source>
        <translation>Xuất danh sách cảnh báo vắng sinh hoạt</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cutru::Access</name>
    <message>
        <source>%1 (whole database)</source>
        <translation>%1 (toàn bộ cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Seeing this member</source>
        <translation>Xem đảng viên này</translation>
    </message>
    <message>
        <source>Changing this member&apos;s record</source>
        <translation>Sửa hồ sơ đảng viên này</translation>
    </message>
    <message>
        <source>Seeing CCCD numbers</source>
        <translation>Xem số CCCD</translation>
    </message>
    <message>
        <source>Seeing phone numbers</source>
        <translation>Xem số điện thoại</translation>
    </message>
    <message>
        <source>Changing the organisation tree</source>
        <translation>Thay đổi cây tổ chức</translation>
    </message>
    <message>
        <source>Managing user accounts</source>
        <translation>Quản lý tài khoản người dùng</translation>
    </message>
    <message>
        <source>Issuing referral letters</source>
        <translation>Cấp giấy giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>Receiving referrals</source>
        <translation>Tiếp nhận giấy giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>Assigning members to cells</source>
        <translation>Phân công đảng viên về chi bộ</translation>
    </message>
    <message>
        <source>Managing cell meetings</source>
        <translation>Quản lý sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>Recording attendance</source>
        <translation>Ghi điểm danh</translation>
    </message>
    <message>
        <source>Writing annual comments</source>
        <translation>Viết nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Reading annual comments</source>
        <translation>Đọc nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Managing liaison cadres</source>
        <translation>Quản lý cán bộ được phân công</translation>
    </message>
    <message>
        <source>Reading the change history</source>
        <translation>Xem lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>Khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 needs the role %2 for the organisation concerned.</source>
        <translation>%1 cần có vai trò %2 đối với tổ chức liên quan.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>no role</source>
        <translation>không có vai trò</translation>
    </message>
    <message>
        <source>Planning the year&apos;s meetings</source>
        <translation>Lập kế hoạch sinh hoạt cả năm</translation>
    </message>
    <message>
        <source>Preparing annual comment drafts</source>
        <translation>Lập dự thảo nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Receiving annual comments</source>
        <translation>Tiếp nhận nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Requesting annual comments</source>
        <translation>Đề nghị nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Reading liaison visits and problems</source>
        <translation>Xem các lần về cơ sở và vướng mắc của cán bộ được phân công</translation>
    </message>
</context>
<context>
    <name>cutru::AccountEditDialog</name>
    <message>
        <source>New account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Tài khoản: %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Tài khoản %1</translation>
    </message>
    <message>
        <source>e.g. vanphong.vuhoa</source>
        <translation>ví dụ: vanphong.vuhoa</translation>
    </message>
    <message>
        <source>the owner changes it at the first sign-in</source>
        <translation>người dùng sẽ đổi mật khẩu ở lần đăng nhập đầu tiên</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Gõ một phần của tên</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Chọn vai trò</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>Toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the organisation from the list: type part of its name, then pick it.</source>
        <translation>Hãy chọn tổ chức trong danh sách: gõ một phần tên của tổ chức rồi chọn.</translation>
    </message>
    <message>
        <source>The account has this role already.</source>
        <translation>Tài khoản đã có vai trò này.</translation>
    </message>
    <message>
        <source>Account not saved</source>
        <translation>Chưa lưu được tài khoản</translation>
    </message>
</context>
<context>
    <name>cutru::AccountService</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Cần nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, dash or underscore, starting with a letter or a digit.</source>
        <translation>Tên đăng nhập gồm 3 đến 32 ký tự: chữ cái Latinh không dấu, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới, bắt đầu bằng chữ cái hoặc chữ số.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Mật khẩu phải có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation>Mật khẩu phải có cả chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Hãy giao cho tài khoản ít nhất một vai trò.</translation>
    </message>
    <message>
        <source>The role %1 is given twice.</source>
        <translation>Vai trò %1 được giao hai lần.</translation>
    </message>
    <message>
        <source>The role %1 needs an organisation.</source>
        <translation>Vai trò %1 cần gắn với một tổ chức.</translation>
    </message>
    <message>
        <source>The organisation of the role %1 no longer exists.</source>
        <translation>Tổ chức của vai trò %1 không còn tồn tại.</translation>
    </message>
    <message>
        <source>The role %1 is given over a %2, not over %3.</source>
        <translation>Vai trò %1 được giao đối với tổ chức cấp “%2”, không phải đối với %3.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Cần nhập họ và tên của người dùng.</translation>
    </message>
    <message>
        <source>This database already has accounts; sign in instead.</source>
        <translation>Cơ sở dữ liệu này đã có tài khoản; hãy đăng nhập.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the provincial board to enable it.</source>
        <translation>Tài khoản %1 đã bị khóa sử dụng. Hãy đề nghị Ban Tổ chức tỉnh cho phép sử dụng lại.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords until %3. The provincial board can unlock it sooner.</source>
        <translation>Tài khoản %1 bị khóa đến %3 do nhập sai mật khẩu %2 lần. Ban Tổ chức tỉnh có thể mở khóa sớm hơn.</translation>
    </message>
    <message>
        <source>Wrong password %1 times: the account %2 is locked until %3.</source>
        <translation>Nhập sai mật khẩu %1 lần: tài khoản %2 bị khóa đến %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>Còn %n lần thử trước khi tài khoản bị khóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a signed-in account has a password to change.</source>
        <translation>Chỉ tài khoản đã đăng nhập mới đổi được mật khẩu.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Mật khẩu mới phải khác mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>Another account already has this user name.</source>
        <translation>Tên đăng nhập này đã có ở một tài khoản khác.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Tài khoản này không còn tồn tại.</translation>
    </message>
    <message>
        <source>At least one enabled account must keep the provincial board role.</source>
        <translation>Phải có ít nhất một tài khoản đang dùng giữ vai trò Ban Tổ chức tỉnh.</translation>
    </message>
    <message>
        <source>Someone changed this account after you opened it. Reload it and make your change again.</source>
        <translation>Người khác đã sửa tài khoản này sau khi bạn mở. Hãy tải lại tài khoản rồi thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <source>Your account has been disabled since you signed in; nothing was saved.</source>
        <translation>Tài khoản của bạn đã bị khóa sử dụng sau khi bạn đăng nhập; chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Your roles have changed since you signed in; nothing was saved. Sign in again (Account → Sign in as another user…).</source>
        <translation>Vai trò của bạn đã thay đổi sau khi bạn đăng nhập; chưa có gì được lưu. Hãy đăng nhập lại (Tài khoản → Đăng nhập bằng người dùng khác…).</translation>
    </message>
    <message>
        <source>The database role %1 has no CuTru account in this database. Connect with the user name of your account, or ask the provincial board to create one.</source>
        <translation>Vai trò cơ sở dữ liệu %1 không có tài khoản CuTru trong cơ sở dữ liệu này. Hãy kết nối bằng tên đăng nhập tài khoản của bạn, hoặc đề nghị Ban Tổ chức Tỉnh ủy tạo tài khoản.</translation>
    </message>
</context>
<context>
    <name>cutru::AccountsDialog</name>
    <message>
        <source>User accounts — CuTru</source>
        <translation>Tài khoản người dùng — CuTru</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bị khóa đến</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa sử dụng</translation>
    </message>
    <message>
        <source>Enabled (password to change)</source>
        <translation>Đang dùng (phải đổi mật khẩu)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Cho &amp;phép sử dụng</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Khóa sử &amp;dụng</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Your account no longer has the provincial board role: it cannot manage accounts any more.</source>
        <translation>Tài khoản của bạn không còn vai trò Ban Tổ chức tỉnh nên không quản lý tài khoản được nữa.</translation>
    </message>
    <message>
        <source>Account %1 created. Its owner chooses a new password at the first sign-in.</source>
        <translation>Đã tạo tài khoản %1. Người dùng sẽ chọn mật khẩu mới ở lần đăng nhập đầu tiên.</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Đã lưu tài khoản %1.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. Its owner chooses a new one at the next sign-in.</source>
        <translation>Đã đặt lại mật khẩu của %1. Người dùng sẽ chọn mật khẩu mới ở lần đăng nhập tiếp theo.</translation>
    </message>
    <message>
        <source>Account not unlocked</source>
        <translation>Chưa mở khóa được tài khoản</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Đã mở khóa tài khoản %1.</translation>
    </message>
    <message>
        <source>Disable your account</source>
        <translation>Khóa sử dụng tài khoản của bạn</translation>
    </message>
    <message>
        <source>Disable your own account %1? You will not be able to sign in with it again until another provincial board account enables it.</source>
        <translation>Khóa sử dụng chính tài khoản %1 của bạn? Bạn sẽ không đăng nhập lại được bằng tài khoản này cho đến khi một tài khoản Ban Tổ chức tỉnh khác cho phép sử dụng lại.</translation>
    </message>
    <message>
        <source>Account not enabled</source>
        <translation>Chưa cho phép sử dụng được tài khoản</translation>
    </message>
    <message>
        <source>Account not disabled</source>
        <translation>Chưa khóa sử dụng được tài khoản</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Đã cho phép sử dụng tài khoản %1.</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>Đã khóa sử dụng tài khoản %1: tài khoản này không đăng nhập được nữa.</translation>
    </message>
</context>
<context>
    <name>cutru::AssignmentDialog</name>
    <message>
        <source>New assignment</source>
        <translation>Thêm phân công</translation>
    </message>
    <message>
        <source>District or commune:</source>
        <translation>Huyện hoặc xã:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>To (blank: open):</source>
        <translation>Đến ngày (để trống: chưa kết thúc):</translation>
    </message>
    <message>
        <source>End assignment</source>
        <translation>Kết thúc phân công</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, từ ngày %2</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Phân công:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Ngày cuối:</translation>
    </message>
</context>
<context>
    <name>cutru::AttendanceImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <source>%1 has no status column (&quot;Tình hình&quot;, &quot;Trạng thái&quot; or &quot;Status&quot;) in its first line.</source>
        <translation>Dòng đầu của %1 không có cột tình hình (&quot;Tình hình&quot;, &quot;Trạng thái&quot; hoặc &quot;Status&quot;).</translation>
    </message>
    <message>
        <source>%1 has neither a party card column (&quot;Số thẻ đảng viên&quot;, &quot;Party card&quot;) nor a CCCD column (&quot;Số CCCD&quot;) in its first line.</source>
        <translation>Dòng đầu của %1 không có cột số thẻ đảng viên (&quot;Số thẻ đảng viên&quot;, &quot;Party card&quot;) cũng không có cột số CCCD (&quot;Số CCCD&quot;).</translation>
    </message>
    <message>
        <source>%1 does not say which meeting its rows belong to: choose the meeting, or give the file a cell code column (&quot;Mã chi bộ&quot;) and a date column (&quot;Ngày&quot;).</source>
        <translation>%1 không cho biết các dòng thuộc buổi sinh hoạt nào: hãy chọn buổi sinh hoạt, hoặc thêm cột mã chi bộ (&quot;Mã chi bộ&quot;) và cột ngày (&quot;Ngày&quot;).</translation>
    </message>
    <message>
        <source>%1 has a header line but no rows.</source>
        <translation>%1 chỉ có dòng tiêu đề, không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <source>There is no meeting number %1.</source>
        <translation>Không có buổi sinh hoạt số %1.</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</source>
        <translation>Buổi sinh hoạt ngày %1 chưa diễn ra: điểm danh được ghi sau buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (dd/MM/yyyy).</source>
        <translation>&quot;%1&quot; không phải là ngày (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>The cell code is empty.</source>
        <translation>Chưa có mã chi bộ.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Chưa có ngày.</translation>
    </message>
    <message>
        <source>There is no cell with the code %1.</source>
        <translation>Không có chi bộ nào mã %1.</translation>
    </message>
    <message>
        <source>Cell %1 has no meeting on %2.</source>
        <translation>Chi bộ %1 không có buổi sinh hoạt nào ngày %2.</translation>
    </message>
    <message>
        <source>Cell %1 has several meetings on %2: import each meeting&apos;s rows with its number.</source>
        <translation>Chi bộ %1 có nhiều buổi sinh hoạt ngày %2: hãy nhập các dòng của từng buổi kèm số hiệu của buổi đó.</translation>
    </message>
    <message>
        <source>The row is for cell %1 on %2, not for the meeting of %3 on %4.</source>
        <translation>Dòng này thuộc chi bộ %1 ngày %2, không thuộc buổi sinh hoạt của %3 ngày %4.</translation>
    </message>
    <message>
        <source>The row has neither a party card number nor a CCCD number.</source>
        <translation>Dòng này không có số thẻ đảng viên cũng không có số CCCD.</translation>
    </message>
    <message>
        <source>The party card number %1 and the CCCD number %2 belong to different members.</source>
        <translation>Số thẻ đảng viên %1 và số CCCD %2 thuộc hai đảng viên khác nhau.</translation>
    </message>
    <message>
        <source>No member on the sheet of this meeting has the CCCD number %1.</source>
        <translation>Không có đảng viên nào trong danh sách buổi sinh hoạt này có số CCCD %1.</translation>
    </message>
    <message>
        <source>No member has the party card number %1, and no member on the sheet of this meeting has the CCCD number %2.</source>
        <translation>Không có đảng viên nào có số thẻ %1, và không có đảng viên nào trong danh sách buổi sinh hoạt này có số CCCD %2.</translation>
    </message>
    <message>
        <source>No member has the party card number %1 or the CCCD number %2.</source>
        <translation>Không có đảng viên nào có số thẻ %1 hoặc số CCCD %2.</translation>
    </message>
    <message>
        <source>No member has the party card number %1.</source>
        <translation>Không có đảng viên nào có số thẻ %1.</translation>
    </message>
    <message>
        <source>No member has the CCCD number %1.</source>
        <translation>Không có đảng viên nào có số CCCD %1.</translation>
    </message>
    <message>
        <source>%1 is exempt from meetings on %2: not marked.</source>
        <translation>%1 được miễn sinh hoạt vào ngày %2: không điểm danh.</translation>
    </message>
    <message>
        <source>Not on the sheet of the meeting of %1 on %2: neither referred to the cell on that date nor one of its members.</source>
        <translation>Không có trong danh sách buổi sinh hoạt của %1 ngày %2: chưa được giới thiệu về chi bộ vào ngày đó và cũng không phải đảng viên của chi bộ.</translation>
    </message>
    <message>
        <source>%1: the status is empty.</source>
        <translation>%1: chưa ghi tình hình tham dự.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a status; write present, absent with reason or absent without reason (có mặt, vắng có lý do, vắng không lý do).</source>
        <translation>%1: &quot;%2&quot; không phải tình hình tham dự; hãy ghi có mặt, vắng có lý do hoặc vắng không lý do.</translation>
    </message>
    <message>
        <source>%1: an excused absence needs its reason.</source>
        <translation>%1: vắng có lý do thì phải ghi lý do.</translation>
    </message>
    <message>
        <source>%1 is already marked on line %2 of this file.</source>
        <translation>%1 đã được điểm danh ở dòng %2 của tệp này.</translation>
    </message>
    <message>
        <source>The file has rows for cell %1, whose attendance you may not record. %2</source>
        <translation>Tệp có dòng thuộc chi bộ %1, chi bộ mà bạn không được ghi điểm danh. %2</translation>
    </message>
</context>
<context>
    <name>cutru::AttendanceImportDialog</name>
    <message>
        <source>Import attendance</source>
        <translation>Nhập điểm danh</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Matched rows: %1 (new %2, changed %3, already recorded %4). Rows left out: %5.</source>
        <translation>Dòng khớp: %1 (mới %2, đã sửa %3, đã ghi từ trước %4). Dòng bị bỏ qua: %5.</translation>
    </message>
    <message>
        <source>Nothing written yet: Import records the matched rows.</source>
        <translation>Chưa ghi gì: bấm Nhập để ghi các dòng khớp.</translation>
    </message>
    <message>
        <source>Nothing to import: every matched row is already recorded.</source>
        <translation>Không có gì để nhập: mọi dòng khớp đều đã được ghi.</translation>
    </message>
    <message>
        <source>Imported: %1 marks written in one step.</source>
        <translation>Đã nhập: ghi %1 điểm danh trong một lần.</translation>
    </message>
    <message>
        <source>Nothing written: every matched row was already recorded.</source>
        <translation>Không ghi gì: mọi dòng khớp đều đã được ghi từ trước.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>đã ghi từ trước</translation>
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
        <translation>Điểm danh %1 từ tệp CSV: một cột số thẻ đảng viên hoặc số CCCD, một cột tình hình (có mặt, vắng có lý do, vắng không lý do) và một cột lý do. Hãy kiểm tra trước: chưa ghi gì cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Tệp CSV:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Member or reason</source>
        <translation>Đảng viên hoặc lý do</translation>
    </message>
</context>
<context>
    <name>cutru::AttendanceSheetWidget</name>
    <message>
        <source>(type the reason)</source>
        <translation>(gõ lý do)</translation>
    </message>
    <message>
        <source>One of the cell&apos;s own members: listed on the sheet, not counted in the rate.</source>
        <translation>Đảng viên sinh hoạt tại chi bộ: có trong danh sách, không tính vào tỷ lệ.</translation>
    </message>
    <message>
        <source>An absence with reason needs its reason: type it here.</source>
        <translation>Vắng có lý do phải ghi lý do: gõ vào đây.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Buổi sinh hoạt này không còn nữa.</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Chỉ xem. %1</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</source>
        <translation>Buổi sinh hoạt ngày %1 chưa diễn ra: điểm danh sau khi họp.</translation>
    </message>
    <message>
        <source>No member is exempt from this meeting.</source>
        <translation>Không có đảng viên nào được miễn buổi sinh hoạt này.</translation>
    </message>
    <message>
        <source>Exempt from meetings (Guideline 33): %1 — listed apart, not counted, not marked.</source>
        <translation>Miễn sinh hoạt (Hướng dẫn 33): %1 — ghi riêng, không tính, không điểm danh.</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>Chưa mở buổi sinh hoạt nào.</translation>
    </message>
    <message>
        <source>%1
Reload reads the meeting again and keeps the marks made here; then save again.</source>
        <translation>%1
Đọc lại sẽ lấy lại buổi sinh hoạt và giữ các đánh dấu ở đây; sau đó lưu lại.</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Chưa lưu:
%1</translation>
    </message>
    <message>
        <source>Attendance saved: %1 present of %2 expected.</source>
        <translation>Đã lưu điểm danh: có mặt %1/%2 phải dự.</translation>
    </message>
    <message>
        <source>Read again; your marks are kept. Save to record them.</source>
        <translation>Đã đọc lại; các đánh dấu của bạn được giữ. Hãy lưu để ghi lại.</translation>
    </message>
    <message>
        <source>Marked present: %1. Now mark the absent members.</source>
        <translation>Đã ghi có mặt: %1. Bây giờ đánh dấu người vắng.</translation>
    </message>
    <message>
        <source>Added to the sheet: %1. Mark them like the others; they are not counted in the rate.</source>
        <translation>Đã thêm vào danh sách: %1. Điểm danh như người khác; không tính vào tỷ lệ.</translation>
    </message>
    <message>
        <source>Add cell members to the sheet</source>
        <translation>Thêm đảng viên chi bộ vào danh sách</translation>
    </message>
    <message>
        <source>The cell&apos;s own members may attend the meeting too; they are listed on the sheet but not counted in the rate. Tick those who came.</source>
        <translation>Đảng viên sinh hoạt tại chi bộ cũng có thể dự; họ có trong danh sách nhưng không tính vào tỷ lệ. Đánh dấu những người đã đến.</translation>
    </message>
    <message>
        <source>Name or party card number</source>
        <translation>Họ tên hoặc số thẻ đảng viên</translation>
    </message>
    <message>
        <source>%1 — card %2</source>
        <translation>%1 — thẻ %2</translation>
    </message>
    <message>
        <source>Every member of the cell is on the sheet already.</source>
        <translation>Mọi đảng viên của chi bộ đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>Điểm danh chưa lưu</translation>
    </message>
    <message>
        <source>The attendance of the meeting of %1 has marks that are not saved.</source>
        <translation>Điểm danh buổi sinh hoạt ngày %1 có đánh dấu chưa lưu.</translation>
    </message>
    <message>
        <source>Save them before leaving the sheet?</source>
        <translation>Lưu trước khi rời danh sách?</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>đã ghi nhận</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>có thay đổi chưa lưu</translation>
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
        <translation>Phải dự: %1 · có mặt: %2 · vắng có lý do: %3 · vắng không lý do: %4 · chưa điểm danh: %5 · tỷ lệ: %6</translation>
    </message>
    <message>
        <source> · cell members present (not counted): %1</source>
        <translation> · đảng viên chi bộ có mặt (không tính): %1</translation>
    </message>
    <message>
        <source> · exempt (not counted): %1</source>
        <translation> · được miễn (không tính): %1</translation>
    </message>
    <message>
        <source>← &amp;Meetings</source>
        <translation>← &amp;Sinh hoạt</translation>
    </message>
    <message>
        <source>Back to the list of meetings</source>
        <translation>Về danh sách buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Keys: &lt;b&gt;P&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; present · &lt;b&gt;E&lt;/b&gt; or &lt;b&gt;L&lt;/b&gt; absent with reason (type the reason, then Enter) · &lt;b&gt;U&lt;/b&gt; or &lt;b&gt;K&lt;/b&gt; absent without reason · &lt;b&gt;Delete&lt;/b&gt; clears · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;%1&lt;/b&gt; all present · &lt;b&gt;%2&lt;/b&gt; save. Rows numbered +1, +2… are the cell&apos;s own members: listed, not counted.</source>
        <translation>Phím: &lt;b&gt;C&lt;/b&gt; hoặc &lt;b&gt;P&lt;/b&gt; có mặt · &lt;b&gt;L&lt;/b&gt; hoặc &lt;b&gt;E&lt;/b&gt; vắng có lý do (gõ lý do rồi Enter) · &lt;b&gt;K&lt;/b&gt; hoặc &lt;b&gt;U&lt;/b&gt; vắng không lý do · &lt;b&gt;Delete&lt;/b&gt; xóa đánh dấu · &lt;b&gt;↑ ↓&lt;/b&gt; di chuyển · &lt;b&gt;%1&lt;/b&gt; tất cả có mặt · &lt;b&gt;%2&lt;/b&gt; lưu. Các dòng đánh số +1, +2… là đảng viên sinh hoạt tại chi bộ: có trong danh sách, không tính tỷ lệ.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Có mặt</translation>
    </message>
    <message>
        <source>Marks the selected members present (key P or C).</source>
        <translation>Ghi có mặt cho các đảng viên đang chọn (phím C hoặc P).</translation>
    </message>
    <message>
        <source>Absent with &amp;reason</source>
        <translation>Vắng có &amp;lý do</translation>
    </message>
    <message>
        <source>Marks the selected members absent with reason (key E or L).</source>
        <translation>Ghi vắng có lý do cho các đảng viên đang chọn (phím L hoặc E).</translation>
    </message>
    <message>
        <source>Absent &amp;without reason</source>
        <translation>Vắng &amp;không lý do</translation>
    </message>
    <message>
        <source>Marks the selected members absent without reason (key U or K).</source>
        <translation>Ghi vắng không lý do cho các đảng viên đang chọn (phím K hoặc U).</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa đánh dấu</translation>
    </message>
    <message>
        <source>Clears the marks of the selected members (key Delete).</source>
        <translation>Xóa đánh dấu của các đảng viên đang chọn (phím Delete).</translation>
    </message>
    <message>
        <source>&amp;All present (%1)</source>
        <translation>&amp;Tất cả có mặt (%1)</translation>
    </message>
    <message>
        <source>Marks every expected member not marked yet present; then mark the absent ones.</source>
        <translation>Ghi có mặt cho mọi đảng viên chưa điểm danh; sau đó đánh dấu người vắng.</translation>
    </message>
    <message>
        <source>A&amp;dd cell member…</source>
        <translation>&amp;Thêm đảng viên chi bộ…</translation>
    </message>
    <message>
        <source>Adds some of the cell&apos;s own members, who attended too (not counted).</source>
        <translation>Thêm đảng viên sinh hoạt tại chi bộ cũng đến dự (không tính tỷ lệ).</translation>
    </message>
    <message>
        <source>Remo&amp;ve from sheet</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Removes the selected cell member added to the sheet.</source>
        <translation>Bỏ đảng viên chi bộ đã thêm đang chọn khỏi danh sách.</translation>
    </message>
    <message>
        <source>Residents and &amp;guests attending:</source>
        <translation>Nhân dân, &amp;khách dự:</translation>
    </message>
    <message>
        <source>People attending besides party members (residents, guests).</source>
        <translation>Số người dự ngoài đảng viên (nhân dân, khách mời).</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Đọc &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Save (%1)</source>
        <translation>&amp;Lưu (%1)</translation>
    </message>
    <message>
        <source>Records the whole sheet at once.</source>
        <translation>Ghi cả danh sách một lần.</translation>
    </message>
    <message>
        <source>Exemption (Guideline 33)</source>
        <translation>Miễn sinh hoạt (Hướng dẫn 33)</translation>
    </message>
    <message>
        <source>Nothing to save: no mark has changed.</source>
        <translation>Không có gì để lưu: chưa đánh dấu thay đổi nào.</translation>
    </message>
    <message>
        <source>Meeting of %1 (%2) — %3</source>
        <translation>Buổi sinh hoạt ngày %1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>cutru::AutoBackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>Back up the open database automatically once a day</source>
        <translation>Tự động sao lưu cơ sở dữ liệu đang mở mỗi ngày một lần</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Giữ trong:</translation>
    </message>
    <message>
        <source>The first time a database is opened each day, a copy of it is saved in the folder, named after the database and the date (for example demo-2025-03-14.cutru). Its automatic backups older than the number of days above are removed; other files in the folder are left alone.</source>
        <translation>Lần đầu tiên mở một cơ sở dữ liệu trong ngày, một bản sao của cơ sở dữ liệu đó được lưu vào thư mục, đặt tên theo tên cơ sở dữ liệu và ngày (ví dụ demo-2025-03-14.cutru). Các bản sao lưu tự động của cơ sở dữ liệu này cũ hơn số ngày ở trên sẽ bị xóa; các tệp khác trong thư mục được giữ nguyên.</translation>
    </message>
    <message>
        <source>Choose the folder for the automatic backups.</source>
        <translation>Hãy chọn thư mục lưu các bản sao lưu tự động.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Thư mục lưu bản sao lưu tự động</translation>
    </message>
</context>
<context>
    <name>cutru::BackupController</name>
    <message>
        <source>The operation failed; see the log for details.</source>
        <translation>Thao tác không thành công; xem chi tiết trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Save a copy of the open database, also while it is in use</source>
        <translation>Lưu một bản sao của cơ sở dữ liệu đang mở, kể cả khi cơ sở dữ liệu đang được sử dụng</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Replace the open database with a backup; a safety copy of it is kept first</source>
        <translation>Thay cơ sở dữ liệu đang mở bằng một bản sao lưu; trước đó giữ lại một bản sao dự phòng của cơ sở dữ liệu hiện tại</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>Sao lưu tự độ&amp;ng…</translation>
    </message>
    <message>
        <source>Daily backups: on or off, where, and for how many days</source>
        <translation>Sao lưu hằng ngày: bật hay tắt, lưu ở đâu và giữ trong bao nhiêu ngày</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Backup file: %1
Schema version: %2
Members: %3
Organisations: %4
Newest change: %5</source>
        <translation>Tệp sao lưu: %1
Phiên bản lược đồ: %2
Đảng viên: %3
Tổ chức: %4
Thay đổi gần nhất: %5</translation>
    </message>
    <message>
        <source>CuTru</source>
        <translation>CuTru</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>CuTru databases (*.cutru)</source>
        <translation>Cơ sở dữ liệu CuTru (*.cutru)</translation>
    </message>
    <message>
        <source>Another backup or restore is under way.</source>
        <translation>Đang có một thao tác sao lưu hoặc khôi phục khác.</translation>
    </message>
    <message>
        <source>Backing up %1 to %2…</source>
        <translation>Đang sao lưu %1 vào %2…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Đã hủy sao lưu.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Sao lưu không thành công.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>CuTru databases (*.cutru);;All files (*)</source>
        <translation>Cơ sở dữ liệu CuTru (*.cutru);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Đang kiểm tra bản sao lưu %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Restore into which database file?</source>
        <translation>Khôi phục vào tệp cơ sở dữ liệu nào?</translation>
    </message>
    <message>
        <source>Restore the database %1 from this backup?</source>
        <translation>Khôi phục cơ sở dữ liệu %1 từ bản sao lưu này?</translation>
    </message>
    <message>
        <source>Everything in the database now is replaced by the backup&apos;s content. A safety copy of the database as it is now is kept beside it first, named …before-restore-(date and time).cutru.</source>
        <translation>Toàn bộ nội dung hiện có của cơ sở dữ liệu sẽ được thay bằng nội dung của bản sao lưu. Trước đó, một bản sao dự phòng của cơ sở dữ liệu ở trạng thái hiện tại được lưu bên cạnh, với tên …before-restore-(ngày và giờ).cutru.</translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation>Đang khôi phục %1 từ %2…</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Đã khôi phục %1 từ %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>Cơ sở dữ liệu trước khi khôi phục được giữ lại trong %1.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Đã khôi phục từ %1.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Đã hủy khôi phục; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>Khôi phục không thành công.</translation>
    </message>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Đã lưu bản sao lưu tự động: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
</context>
<context>
    <name>cutru::BackupService</name>
    <message>
        <source>The folder for automatic backups %1 cannot be created.</source>
        <translation>Không tạo được thư mục sao lưu tự động %1.</translation>
    </message>
</context>
<context>
    <name>cutru::CadreDialog</name>
    <message>
        <source>New liaison cadre</source>
        <translation>Thêm cán bộ được phân công</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Cơ quan, đơn vị:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>District or commune</source>
        <translation>Huyện hoặc xã</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Add assignment…</source>
        <translation>Thêm phân công…</translation>
    </message>
    <message>
        <source>End assignment…</source>
        <translation>Kết thúc phân công…</translation>
    </message>
    <message>
        <source>Liaison cadre: %1</source>
        <translation>Cán bộ được phân công: %1</translation>
    </message>
    <message>
        <source>Save the cadre first (OK), then add the districts or communes assigned.</source>
        <translation>Hãy lưu cán bộ trước (OK), sau đó thêm các huyện, xã được phân công.</translation>
    </message>
</context>
<context>
    <name>cutru::ChangePasswordDialog</name>
    <message>
        <source>Change password — %1</source>
        <translation>Đổi mật khẩu — %1</translation>
    </message>
    <message>
        <source>The password of %1 was set by the provincial board or has not been changed since the account was created. Choose your own password to continue.</source>
        <translation>Mật khẩu của %1 do Ban Tổ chức tỉnh đặt hoặc chưa được đổi từ khi tạo tài khoản. Hãy chọn mật khẩu của riêng bạn để tiếp tục.</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Chọn mật khẩu mới cho %1.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>Mật khẩu có ít nhất %n ký tự, gồm cả chữ cái và chữ số.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>Đổi mật &amp;khẩu</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Hủy đăng nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Hai lần nhập mật khẩu mới không khớp nhau.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Chưa đổi được mật khẩu</translation>
    </message>
</context>
<context>
    <name>cutru::Codes</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District / city</source>
        <translation>Huyện, thành phố</translation>
    </message>
    <message>
        <source>Commune-level committee</source>
        <translation>Đảng bộ cấp xã</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Workplace party organisation</source>
        <translation>Tổ chức đảng cơ quan, doanh nghiệp</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <source>Special zone</source>
        <translation>Đặc khu</translation>
    </message>
    <message>
        <source>Village cell</source>
        <translation>Chi bộ thôn</translation>
    </message>
    <message>
        <source>Residential-group cell</source>
        <translation>Chi bộ tổ dân phố</translation>
    </message>
    <message>
        <source>Other cell</source>
        <translation>Chi bộ khác</translation>
    </message>
    <message>
        <source>State-owned enterprise</source>
        <translation>Doanh nghiệp nhà nước</translation>
    </message>
    <message>
        <source>Joint-stock enterprise</source>
        <translation>Doanh nghiệp cổ phần</translation>
    </message>
    <message>
        <source>Private enterprise</source>
        <translation>Doanh nghiệp tư nhân</translation>
    </message>
    <message>
        <source>Foreign-invested enterprise</source>
        <translation>Doanh nghiệp có vốn đầu tư nước ngoài</translation>
    </message>
    <message>
        <source>Administrative agency</source>
        <translation>Cơ quan hành chính</translation>
    </message>
    <message>
        <source>Public service unit</source>
        <translation>Đơn vị sự nghiệp</translation>
    </message>
    <message>
        <source>Army and police</source>
        <translation>Quân đội và công an</translation>
    </message>
    <message>
        <source>Other workplace</source>
        <translation>Loại hình khác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Moved house</source>
        <translation>Chuyển nơi cư trú</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Nghỉ hưu</translation>
    </message>
    <message>
        <source>Membership transferred</source>
        <translation>Chuyển sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Từ trần</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Army/police living in barracks or service housing</source>
        <translation>Quân đội, công an ở trong doanh trại hoặc nhà công vụ</translation>
    </message>
    <message>
        <source>Working away from home or constantly on the move</source>
        <translation>Công tác xa nhà hoặc thường xuyên lưu động</translation>
    </message>
    <message>
        <source>Rotated cadre</source>
        <translation>Cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>Full-time course of 12 months or more</source>
        <translation>Học tập trung từ 12 tháng trở lên</translation>
    </message>
    <message>
        <source>Studying away from home</source>
        <translation>Đi học xa nhà</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Bất thường</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Vắng không có lý do</translation>
    </message>
    <message>
        <source>Provincial board</source>
        <translation>Ban Tổ chức tỉnh</translation>
    </message>
    <message>
        <source>Commune office</source>
        <translation>Văn phòng đảng ủy cơ sở</translation>
    </message>
    <message>
        <source>Cell secretary</source>
        <translation>Bí thư chi bộ</translation>
    </message>
    <message>
        <source>Workplace party officer</source>
        <translation>Cán bộ tổ chức cơ quan</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Kiểm tra viên</translation>
    </message>
    <message>
        <source>Local political tasks and results</source>
        <translation>Nhiệm vụ chính trị và kết quả thực hiện của địa phương</translation>
    </message>
    <message>
        <source>Pressing local problems</source>
        <translation>Những vấn đề bức xúc ở địa phương</translation>
    </message>
    <message>
        <source>Citizen duties</source>
        <translation>Thực hiện nghĩa vụ công dân</translation>
    </message>
    <message>
        <source>Mobilising families to follow Party and State policy</source>
        <translation>Vận động gia đình chấp hành chủ trương, chính sách của Đảng và Nhà nước</translation>
    </message>
    <message>
        <source>Building a cultural village or residential group; village rules</source>
        <translation>Xây dựng thôn, tổ dân phố văn hóa; hương ước, quy ước</translation>
    </message>
    <message>
        <source>Members&apos; opinions on local work</source>
        <translation>Đảng viên góp ý kiến vào công việc của địa phương</translation>
    </message>
    <message>
        <source>Contact with the workplace cell committee</source>
        <translation>Phối hợp với cấp ủy nơi đảng viên công tác</translation>
    </message>
    <message>
        <source>Regulation 213-QĐ/TW (every 6 months: 2 a year)</source>
        <translation>Quy định 213-QĐ/TW (6 tháng một lần: 2 lần một năm)</translation>
    </message>
    <message>
        <source>Regulation 76-QĐ/TW (as set by the province)</source>
        <translation>Quy định 76-QĐ/TW (theo quy định của tỉnh)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Fulfils their duties well</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <source>Fulfils their duties</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Does not fulfil their duties</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Promotion or appointment</source>
        <translation>Đề bạt, bổ nhiệm</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Meeting venue too small</source>
        <translation>Địa điểm sinh hoạt chật</translation>
    </message>
    <message>
        <source>Unclear relation with the village cell</source>
        <translation>Quan hệ với chi bộ thôn chưa rõ ràng</translation>
    </message>
    <message>
        <source>Members not attending</source>
        <translation>Đảng viên không đến sinh hoạt</translation>
    </message>
    <message>
        <source>Referral not received</source>
        <translation>Giấy giới thiệu chưa được tiếp nhận</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa giải quyết</translation>
    </message>
    <message>
        <source>Being resolved</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
</context>
<context>
    <name>cutru::CommentDialog</name>
    <message>
        <source>No held meeting of the year expected this member.</source>
        <translation>Trong năm không có buổi sinh hoạt đã họp nào mà đảng viên này phải dự.</translation>
    </message>
    <message>
        <source>Present %1 of %2, absent with a reason %3, without a reason %4</source>
        <translation>Có mặt %1/%2, vắng có lý do %3, vắng không lý do %4</translation>
    </message>
    <message>
        <source>Annual comment %1: %2</source>
        <translation>Nhận xét năm %1: %2</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu dự thảo</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Ký…</translation>
    </message>
    <message>
        <source>Unsign</source>
        <translation>Hủy ký</translation>
    </message>
    <message>
        <source>Back to a draft, to correct it (only before it is sent).</source>
        <translation>Trả về dự thảo để sửa (chỉ khi chưa gửi).</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <source>Draft of %1.</source>
        <translation>Dự thảo ngày %1.</translation>
    </message>
    <message>
        <source>Signed on %1 by %2 (%3).</source>
        <translation>Đã ký ngày %1; người ký: %2 (%3).</translation>
    </message>
    <message>
        <source>Signed on %1 by %2; sent on %3.</source>
        <translation>Đã ký ngày %1; người ký: %2; đã gửi ngày %3.</translation>
    </message>
    <message>
        <source>Signed on %1 by %2; sent on %3; received on %4.</source>
        <translation>Đã ký ngày %1; người ký: %2; đã gửi ngày %3; đã nhận ngày %4.</translation>
    </message>
</context>
<context>
    <name>cutru::CommentService</name>
    <message>
        <source>This comment was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>Bản nhận xét này vừa được người khác sửa. Hãy đọc lại rồi thử lại.</translation>
    </message>
    <message>
        <source>This comment request was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>Đề nghị nhận xét này vừa được người khác sửa. Hãy đọc lại rồi thử lại.</translation>
    </message>
    <message>
        <source>Only the provincial board sets the deadline of the annual comments.</source>
        <translation>Chỉ Ban Tổ chức Tỉnh ủy được đặt hạn nhận xét hằng năm.</translation>
    </message>
    <message>
        <source>%1/%2 is not a day of the year.</source>
        <translation>%1/%2 không phải là một ngày trong năm.</translation>
    </message>
    <message>
        <source>Annual comments are written by village and residential-group cells.</source>
        <translation>Nhận xét hằng năm do chi bộ thôn, tổ dân phố thực hiện.</translation>
    </message>
    <message>
        <source>A new comment is not sent yet: mark it sent once it is signed.</source>
        <translation>Bản nhận xét mới chưa được gửi: hãy đánh dấu đã gửi sau khi ký.</translation>
    </message>
    <message>
        <source>This member already has a comment for %1.</source>
        <translation>Đảng viên này đã có nhận xét năm %1.</translation>
    </message>
    <message>
        <source>This member does not need a comment from %1 for %2.</source>
        <translation>Đảng viên này không cần nhận xét của %1 năm %2.</translation>
    </message>
    <message>
        <source>This comment has been sent to the workplace organisation and can no longer be changed.</source>
        <translation>Bản nhận xét này đã gửi tổ chức đảng nơi công tác, không thể sửa được nữa.</translation>
    </message>
    <message>
        <source>A comment stays with its member, year and cell.</source>
        <translation>Không thể đổi đảng viên, năm hoặc chi bộ của bản nhận xét.</translation>
    </message>
    <message>
        <source>Mark the comment sent once it is signed.</source>
        <translation>Chỉ đánh dấu đã gửi sau khi bản nhận xét đã ký.</translation>
    </message>
    <message>
        <source>A comment cannot be signed on a day still to come (%1).</source>
        <translation>Không thể ký nhận xét vào một ngày chưa đến (%1).</translation>
    </message>
    <message>
        <source>This comment is already signed.</source>
        <translation>Bản nhận xét này đã được ký.</translation>
    </message>
    <message>
        <source>This comment is not signed.</source>
        <translation>Bản nhận xét này chưa được ký.</translation>
    </message>
    <message>
        <source>Choose the cell, commune, district or province to prepare.</source>
        <translation>Hãy chọn chi bộ, xã, huyện hoặc tỉnh để lập dự thảo.</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>Năm %1 nằm ngoài phạm vi cho phép.</translation>
    </message>
    <message>
        <source>The year %1 has not begun: its comments cannot be prepared yet.</source>
        <translation>Năm %1 chưa bắt đầu: chưa thể lập dự thảo nhận xét.</translation>
    </message>
    <message>
        <source>Cancelled: no draft was written.</source>
        <translation>Đã hủy: không có dự thảo nào được ghi.</translation>
    </message>
    <message>
        <source>Give the day the comments were sent (today or earlier).</source>
        <translation>Hãy nhập ngày gửi các bản nhận xét (hôm nay hoặc trước đó).</translation>
    </message>
    <message>
        <source>The comment on %1 was signed on %2: it cannot be sent before.</source>
        <translation>Nhận xét về %1 ký ngày %2: không thể gửi trước ngày đó.</translation>
    </message>
    <message>
        <source>Give the day the comments were received (today or earlier).</source>
        <translation>Hãy nhập ngày nhận các bản nhận xét (hôm nay hoặc trước đó).</translation>
    </message>
    <message>
        <source>The comment on %1 was sent on %2: it cannot be received before.</source>
        <translation>Nhận xét về %1 gửi ngày %2: không thể nhận trước ngày đó.</translation>
    </message>
    <message>
        <source>This member has no active referral: there is no cell to ask.</source>
        <translation>Đảng viên này không có giấy giới thiệu còn hiệu lực: không có chi bộ nào để đề nghị.</translation>
    </message>
    <message>
        <source>A comment on this member is already requested for %1.</source>
        <translation>Đã đề nghị nhận xét đảng viên này năm %1.</translation>
    </message>
    <message>
        <source>A request stays with its member and year.</source>
        <translation>Không thể đổi đảng viên hoặc năm của đề nghị.</translation>
    </message>
    <message>
        <source>The requested comment is already signed: the request stays on record.</source>
        <translation>Bản nhận xét được đề nghị đã ký: đề nghị được giữ lại trong hồ sơ.</translation>
    </message>
    <message>
        <source>The year %1 has not begun: its comment cannot be written yet.</source>
        <translation>Năm %1 chưa bắt đầu: chưa thể viết nhận xét của năm này.</translation>
    </message>
    <message>
        <source>A comment is requested by the organisation that issued the member&apos;s active referral.</source>
        <translation>Việc đề nghị nhận xét do tổ chức đảng đã giới thiệu đảng viên (giấy giới thiệu còn hiệu lực) thực hiện.</translation>
    </message>
</context>
<context>
    <name>cutru::CommentsPage</name>
    <message>
        <source>Not started</source>
        <translation>Chưa lập</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>There is no village or residential-group cell here whose comments you may read. Choose a commune or a cell in the organisation tree.</source>
        <translation>Ở đây không có chi bộ thôn, tổ dân phố nào mà bạn được xem nhận xét. Hãy chọn một xã, phường hoặc một chi bộ trên cây tổ chức.</translation>
    </message>
    <message>
        <source>Your roles do not include reading annual comments.</source>
        <translation>Vai trò của bạn không có quyền xem nhận xét hằng năm.</translation>
    </message>
    <message>
        <source>Your roles do not include a workplace organisation receiving comments.</source>
        <translation>Vai trò của bạn không gắn với tổ chức đảng nơi công tác nào tiếp nhận nhận xét.</translation>
    </message>
    <message>
        <source>Deadline %1 (passed).</source>
        <translation>Hạn nhận xét %1 (đã quá hạn).</translation>
    </message>
    <message>
        <source>Deadline %1.</source>
        <translation>Hạn nhận xét %1.</translation>
    </message>
    <message>
        <source>%1 Due: %2; still missing (not signed): %3.</source>
        <translation>%1 Phải nhận xét: %2; còn thiếu (chưa ký): %3.</translation>
    </message>
    <message>
        <source>Members due a comment for %1</source>
        <translation>Đảng viên phải nhận xét năm %1</translation>
    </message>
    <message>
        <source>%1 (requested: %2)</source>
        <translation>%1 (được đề nghị: %2)</translation>
    </message>
    <message>
        <source>Exempt members (Guideline 33), not due unless a comment is requested</source>
        <translation>Đảng viên được miễn (Hướng dẫn 33), không phải nhận xét trừ khi có đề nghị nhận xét</translation>
    </message>
    <message>
        <source>Comments sent to %1 for %2</source>
        <translation>Nhận xét gửi %1 năm %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Đã hủy; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1, born %2, party card %3 — %4; comment of %5 for %6.</source>
        <translation>%1, sinh ngày %2, thẻ đảng viên %3 — %4; nhận xét của %5 năm %6.</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>Đã lưu nhận xét.</translation>
    </message>
    <message>
        <source>Comment signed by %1 on %2.</source>
        <translation>%1 đã ký nhận xét ngày %2.</translation>
    </message>
    <message>
        <source>The comment is a draft again.</source>
        <translation>Bản nhận xét đã trở lại dự thảo.</translation>
    </message>
    <message>
        <source>Prepare drafts</source>
        <translation>Lập dự thảo</translation>
    </message>
    <message>
        <source>Prepare drafts for every member due without a comment in %1?</source>
        <translation>Lập dự thảo cho mọi đảng viên phải nhận xét mà chưa có nhận xét trong %1?</translation>
    </message>
    <message>
        <source>This cell</source>
        <translation>Chi bộ này</translation>
    </message>
    <message>
        <source>The whole commune</source>
        <translation>Cả xã</translation>
    </message>
    <message>
        <source>Drafts prepared: %1 new; %2 members already had a comment.</source>
        <translation>Đã lập dự thảo: %1 mới; %2 đảng viên đã có nhận xét.</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
        <source>The day the selected signed comments were sent to the workplace organisations:</source>
        <translation>Ngày gửi các bản nhận xét đã ký đang chọn đến tổ chức đảng nơi công tác:</translation>
    </message>
    <message>
        <source>Marked sent on %1: %2; %3 left as they were (not signed, or sent already).</source>
        <translation>Đã đánh dấu gửi ngày %1: %2; giữ nguyên %3 (chưa ký hoặc đã gửi).</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Đánh dấu đã nhận</translation>
    </message>
    <message>
        <source>The day the selected comments were received:</source>
        <translation>Ngày nhận các bản nhận xét đang chọn:</translation>
    </message>
    <message>
        <source>Marked received on %1: %2; %3 left as they were.</source>
        <translation>Đã đánh dấu nhận ngày %1: %2; giữ nguyên %3.</translation>
    </message>
    <message>
        <source>None of this organisation&apos;s members is exempt: every referred member is commented on anyway.</source>
        <translation>Không có đảng viên nào của tổ chức này được miễn: mọi đảng viên được giới thiệu đều được nhận xét.</translation>
    </message>
    <message>
        <source>Request a comment</source>
        <translation>Đề nghị nhận xét</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member (exempt):</source>
        <translation>Đảng viên (được miễn):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Note (which post, reward or case):</source>
        <translation>Ghi chú (chức vụ, khen thưởng hoặc vụ việc nào):</translation>
    </message>
    <message>
        <source>Comment requested for %1.</source>
        <translation>Đã đề nghị nhận xét đối với %1.</translation>
    </message>
    <message>
        <source>Print comment forms</source>
        <translation>In bản nhận xét</translation>
    </message>
    <message>
        <source>This cell: %1</source>
        <translation>Chi bộ này: %1</translation>
    </message>
    <message>
        <source>Every cell of the commune: %1</source>
        <translation>Mọi chi bộ của xã: %1</translation>
    </message>
    <message>
        <source>Include drafts (marked as such, with blanks to fill in by hand)</source>
        <translation>Gồm cả dự thảo (ghi rõ là dự thảo, để trống chỗ điền tay)</translation>
    </message>
    <message>
        <source>comments-%1-%2.pdf</source>
        <translation>nhan-xet-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>Tệp PDF:</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Hãy chọn tệp PDF để ghi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>A file is being written already; wait for it.</source>
        <translation>Đang ghi một tệp; hãy chờ xong.</translation>
    </message>
    <message>
        <source>comments-%1.xlsx</source>
        <translation>nhan-xet-%1.xlsx</translation>
    </message>
    <message>
        <source>Export comments</source>
        <translation>Xuất nhận xét</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Annual comments received</source>
        <translation>Nhận xét hằng năm đã nhận</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Chi bộ nơi cư trú</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>There is no comment to print for %1.</source>
        <translation>Không có bản nhận xét nào để in cho %1.</translation>
    </message>
    <message>
        <source>There is no signed comment to print for %1; include the drafts to print them.</source>
        <translation>Không có bản nhận xét đã ký nào để in cho %1; hãy chọn gồm cả dự thảo để in dự thảo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Wrote the comment forms to %1.</source>
        <translation>Đã ghi các bản nhận xét vào %1.</translation>
    </message>
    <message>
        <source>Exported the comments to %1.</source>
        <translation>Đã xuất nhận xét ra %1.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Đã hủy; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Workplace organisation:</source>
        <translation>&amp;Tổ chức đảng nơi công tác:</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Tổ chức đảng nơi công tác</translation>
    </message>
    <message>
        <source>Attendance of the year</source>
        <translation>Dự sinh hoạt trong năm</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Prepare drafts</source>
        <translation>&amp;Lập dự thảo</translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation>&amp;In bản nhận xét…</translation>
    </message>
    <message>
        <source>Mark &amp;sent…</source>
        <translation>Đánh dấu đã &amp;gửi…</translation>
    </message>
    <message>
        <source>Mark &amp;received…</source>
        <translation>Đánh &amp;dấu đã nhận…</translation>
    </message>
    <message>
        <source>Re&amp;quest a comment…</source>
        <translation>Đề nghị nhận &amp;xét…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Other work is under way; wait for it to finish.</source>
        <translation>Đang có việc khác chạy; hãy chờ việc đó xong.</translation>
    </message>
    <message>
        <source>Preparing the comment drafts of %1 for %2…</source>
        <translation>Đang lập dự thảo nhận xét năm %1 cho %2…</translation>
    </message>
    <message>
        <source>Cancelled; no draft was written.</source>
        <translation>Đã hủy; không dự thảo nào được ghi.</translation>
    </message>
</context>
<context>
    <name>cutru::ConnectServerDialog</name>
    <message>
        <source>Server password — CuTru</source>
        <translation>Mật khẩu máy chủ — CuTru</translation>
    </message>
    <message>
        <source>Connect to a server — CuTru</source>
        <translation>Kết nối máy chủ — CuTru</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>disable: no encryption (only on a trusted network)</source>
        <translation>disable: không mã hóa (chỉ dùng trong mạng tin cậy)</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer: mã hóa khi máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>require: always encrypted, the server&apos;s certificate not checked</source>
        <translation>require: luôn mã hóa, không kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <source>verify-full: always encrypted, the certificate and the server&apos;s name checked (recommended over the Internet)</source>
        <translation>verify-full: luôn mã hóa, kiểm tra chứng chỉ và tên máy chủ (nên dùng khi kết nối qua Internet)</translation>
    </message>
    <message>
        <source>Enter the password of the database user %1.</source>
        <translation>Nhập mật khẩu của người dùng cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation>Máy chủ từ chối mật khẩu: %1</translation>
    </message>
    <message>
        <source>Enter the server: its host name or address.</source>
        <translation>Nhập máy chủ: tên máy hoặc địa chỉ.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is not a valid host name or address.</source>
        <translation>Máy chủ &quot;%1&quot; không phải tên máy hoặc địa chỉ hợp lệ.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>Enter the user name: the database role of your account.</source>
        <translation>Nhập tên người dùng: vai trò cơ sở dữ liệu của tài khoản bạn.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Nhập mật khẩu.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 trên %2</translation>
    </message>
</context>
<context>
    <name>cutru::DemoBuilder</name>
    <message>
        <source>The demo province could not be built; see the log for details.</source>
        <translation>Không tạo được tỉnh mẫu; xem chi tiết trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>Building the demo province (Thái Bình, 2012) — this happens once.</source>
        <translation>Đang tạo tỉnh mẫu (Thái Bình, năm 2012) — việc này chỉ làm một lần.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>CuTru — first start</source>
        <translation>CuTru — khởi động lần đầu</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
</context>
<context>
    <name>cutru::DemoProvinceGenerator</name>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Liaison cadres</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <source>Annual comments</source>
        <translation>Nhận xét hằng năm</translation>
    </message>
</context>
<context>
    <name>cutru::ExportDialog</name>
    <message>
        <source>Export members</source>
        <translation>Xuất đảng viên</translation>
    </message>
    <message>
        <source>Export organisations</source>
        <translation>Xuất tổ chức đảng</translation>
    </message>
    <message>
        <source>Every member held by, or living in, an organisation of the scope, with the columns the member import reads: the file can be imported back.</source>
        <translation>Mọi đảng viên sinh hoạt tại, hoặc cư trú trên địa bàn của, một tổ chức đảng trong phạm vi, với các cột mà chức năng nhập đảng viên đọc được: có thể nhập lại tệp này.</translation>
    </message>
    <message>
        <source>The organisation chosen and every organisation under it, parents first, with the columns the organisation import reads: the file can be imported back.</source>
        <translation>Tổ chức đảng được chọn và mọi tổ chức đảng trực thuộc, cấp trên đứng trước, với các cột mà chức năng nhập tổ chức đảng đọc được: có thể nhập lại tệp này.</translation>
    </message>
    <message>
        <source>Everything you may see</source>
        <translation>Tất cả những gì bạn được xem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CSV (UTF-8, comma-separated)</source>
        <translation>CSV (UTF-8, phân cách bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Sổ làm việc Excel (XLSX)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>members</source>
        <translation>dang-vien</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>to-chuc-dang</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tat-ca</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 đã tồn tại. Thay thế tệp này?</translation>
    </message>
    <message>
        <source>The export failed; see the log for details.</source>
        <translation>Xuất không thành công; xem nhật ký để biết chi tiết.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất ra %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>Đã xuất %Ln dòng ra %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutru::FirstAdministratorDialog</name>
    <message>
        <source>First administrator — CuTru</source>
        <translation>Quản trị viên đầu tiên — CuTru</translation>
    </message>
    <message>
        <source>This database has no accounts yet. The account you create now is the provincial board account over the whole database: it reads everything, manages the organisations and creates the other accounts (commune offices, cell secretaries, workplace officers, auditors).</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản nào. Tài khoản bạn tạo bây giờ là tài khoản Ban Tổ chức tỉnh trên toàn bộ cơ sở dữ liệu: được xem mọi dữ liệu, quản lý các tổ chức và tạo các tài khoản khác (văn phòng đảng ủy cơ sở, bí thư chi bộ, cán bộ tổ chức cơ quan, kiểm tra viên).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message numerus="yes">
        <source>A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, dash or underscore. A password has at least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>Tên đăng nhập gồm 3 đến 32 ký tự: chữ cái Latinh không dấu, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới. Mật khẩu có ít nhất %n ký tự, gồm cả chữ cái và chữ số.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. bantochuc</source>
        <translation>ví dụ: bantochuc</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Tạo và đăng nhập</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Cần nhập họ và tên của người dùng.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation>Chưa tạo được tài khoản</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>The account %1 was created, but signing in failed: %2</source>
        <translation>Đã tạo tài khoản %1 nhưng đăng nhập không thành công: %2</translation>
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
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ số</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
</context>
<context>
    <name>cutru::HistoryPage</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tất cả người dùng</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Tất cả loại hồ sơ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>Select an entry to see its fields before and after the change.</source>
        <translation>Chọn một mục để xem các trường trước và sau khi thay đổi.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3 — %4, record %5</source>
        <translation>%1 bởi %2 lúc %3 — %4, hồ sơ số %5</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Người &amp;dùng:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Loại hồ sơ:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>Hồ sơ &amp;số:</translation>
    </message>
    <message>
        <source>id</source>
        <translation>số</translation>
    </message>
    <message>
        <source>The record&apos;s number in its table: with a table chosen, that record&apos;s whole history.</source>
        <translation>Số của hồ sơ trong loại hồ sơ của nó: khi đã chọn loại hồ sơ, hiển thị toàn bộ lịch sử thay đổi của hồ sơ đó.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>First day shown (dd/mm/yyyy); empty for no limit.</source>
        <translation>Ngày đầu tiên được hiển thị (dd/mm/yyyy); để trống nếu không giới hạn.</translation>
    </message>
    <message>
        <source>Last day shown (dd/mm/yyyy), included; empty for no limit.</source>
        <translation>Ngày cuối cùng được hiển thị (dd/mm/yyyy), tính cả ngày này; để trống nếu không giới hạn.</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Đặt lạ&amp;i</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước thay đổi</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau thay đổi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln mục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutru::HistoryService</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Date received back</source>
        <translation>Ngày nơi công tác tiếp nhận</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Personal record number</source>
        <translation>Số lý lịch</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Official membership date</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Residence province</source>
        <translation>Tỉnh nơi cư trú</translation>
    </message>
    <message>
        <source>Residence commune</source>
        <translation>Xã, phường nơi cư trú</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Chi bộ nơi cư trú</translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation>Địa chỉ nơi cư trú</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Tổ chức cấp trên</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Issuing organisation</source>
        <translation>Tổ chức cấp giấy giới thiệu</translation>
    </message>
    <message>
        <source>Letter year</source>
        <translation>Năm của giấy giới thiệu</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Số giấy giới thiệu</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Receiving commune</source>
        <translation>Đảng bộ cấp xã tiếp nhận</translation>
    </message>
    <message>
        <source>Committee outside the province</source>
        <translation>Đảng ủy ngoài tỉnh</translation>
    </message>
    <message>
        <source>Address outside the province</source>
        <translation>Địa chỉ ngoài tỉnh</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Assigned cell</source>
        <translation>Chi bộ được phân công về</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>Ngày phân công về chi bộ</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Được miễn</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Lý do miễn</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>Miễn từ ngày</translation>
    </message>
    <message>
        <source>Exempt until</source>
        <translation>Miễn đến ngày</translation>
    </message>
    <message>
        <source>Date ended</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Lý do kết thúc</translation>
    </message>
    <message>
        <source>End note</source>
        <translation>Ghi chú kết thúc</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Ngày sinh hoạt</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Venue capacity</source>
        <translation>Sức chứa của địa điểm</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Nội dung sinh hoạt</translation>
    </message>
    <message>
        <source>Agenda notes</source>
        <translation>Ghi chú nội dung</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Số khách mời</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Giấy giới thiệu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Assigned organisation</source>
        <translation>Tổ chức được phân công phụ trách</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Ngày đến làm việc</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vướng mắc</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Date resolved</source>
        <translation>Ngày giải quyết</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Thời điểm đổi mật khẩu</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Phải đổi mật khẩu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bị khóa đến</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Organisation placements</source>
        <translation>Quan hệ trực thuộc của tổ chức</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Annual comments</source>
        <translation>Nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Liaison cadres</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <source>Liaison visits</source>
        <translation>Lần về cơ sở của cán bộ được phân công</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Account roles</source>
        <translation>Vai trò của tài khoản</translation>
    </message>
    <message>
        <source>Database events</source>
        <translation>Sự kiện của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>system</source>
        <translation>hệ thống</translation>
    </message>
    <message>
        <source>local administrator (%1)</source>
        <translation>quản trị cục bộ (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not to be referred</source>
        <translation>Diện không giới thiệu</translation>
    </message>
    <message>
        <source>Why not referred</source>
        <translation>Lý do không giới thiệu</translation>
    </message>
    <message>
        <source>Reason for the request</source>
        <translation>Lý do đề nghị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vướng mắc</translation>
    </message>
    <message>
        <source>Cell visited</source>
        <translation>Chi bộ đã về</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Địa bàn được phân công</translation>
    </message>
    <message>
        <source>Conduct as a citizen</source>
        <translation>Thực hiện nghĩa vụ công dân</translation>
    </message>
    <message>
        <source>Taking part in meetings</source>
        <translation>Tham gia sinh hoạt</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Số buổi sinh hoạt đã tổ chức</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Số buổi dự sinh hoạt</translation>
    </message>
    <message>
        <source>Meetings missed with a reason</source>
        <translation>Số buổi vắng có lý do</translation>
    </message>
    <message>
        <source>Relations with neighbours and the community</source>
        <translation>Quan hệ với hàng xóm và cộng đồng dân cư</translation>
    </message>
    <message>
        <source>Other remarks</source>
        <translation>Ý kiến khác</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Date drafted</source>
        <translation>Ngày lập dự thảo</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Date requested</source>
        <translation>Ngày đề nghị</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Bên đề nghị</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Lần về cơ sở</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Cách giải quyết</translation>
    </message>
    <message>
        <source>Comment requests</source>
        <translation>Đề nghị nhận xét</translation>
    </message>
    <message>
        <source>Liaison assignments</source>
        <translation>Phân công cán bộ phụ trách</translation>
    </message>
    <message>
        <source>Liaison problems</source>
        <translation>Vướng mắc ở cơ sở</translation>
    </message>
</context>
<context>
    <name>cutru::ImportField</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Personal record number</source>
        <translation>Số lý lịch</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Date of official membership</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Cell code</source>
        <translation>Mã chi bộ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Province of residence</source>
        <translation>Tỉnh nơi cư trú</translation>
    </message>
    <message>
        <source>Residence commune code</source>
        <translation>Mã xã nơi cư trú</translation>
    </message>
    <message>
        <source>Residence commune</source>
        <translation>Xã nơi cư trú</translation>
    </message>
    <message>
        <source>Village / residential group code</source>
        <translation>Mã thôn / tổ dân phố</translation>
    </message>
    <message>
        <source>Village / residential group</source>
        <translation>Thôn / tổ dân phố</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Parent organisation code</source>
        <translation>Mã tổ chức đảng cấp trên</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
</context>
<context>
    <name>cutru::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>A CSV file (separated by commas, semicolons or tabs) or an Excel workbook (.xlsx). The first non-empty row must hold the column names.</source>
        <translation>Một tệp CSV (phân cách bằng dấu phẩy, dấu chấm phẩy hoặc dấu tab) hoặc một sổ làm việc Excel (.xlsx). Dòng không trống đầu tiên phải chứa tên các cột.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tự động nhận biết</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Dấu phẩy ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Dấu chấm phẩy ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Dấu tab</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Dấu phân cách:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Tr&amp;ang tính:</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>&amp;Xem trước các dòng đầu:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Bảng tính (*.csv *.txt *.tsv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Sheet “%1” of an Excel workbook.</source>
        <translation>Trang tính “%1” của sổ làm việc Excel.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2.</source>
        <translation>Đọc theo bảng mã %1, phân cách bằng %2.</translation>
    </message>
    <message>
        <source>Data rows: %1. Columns: %2.</source>
        <translation>Số dòng dữ liệu: %1. Số cột: %2.</translation>
    </message>
    <message>
        <source>The file has a row of column names but no data rows below it: there is nothing to import.</source>
        <translation>Tệp có dòng tên cột nhưng không có dòng dữ liệu nào bên dưới: không có gì để nhập.</translation>
    </message>
    <message>
        <source>(beyond the header)</source>
        <translation>(ngoài dòng tiêu đề)</translation>
    </message>
</context>
<context>
    <name>cutru::ImportMapping</name>
    <message>
        <source>The column “%1” is set to feed “%2”, which is not a field of this import.</source>
        <translation>Cột “%1” được ghép vào “%2”, nhưng đó không phải là trường của lần nhập này.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both feed “%3”: keep one.</source>
        <translation>Cả hai cột “%1” và “%2” đều được ghép vào “%3”: hãy giữ lại một cột.</translation>
    </message>
    <message>
        <source>No column feeds “%1”, which the import needs.</source>
        <translation>Không có cột nào được ghép vào “%1”, trường bắt buộc của lần nhập.</translation>
    </message>
    <message>
        <source>No column feeds “%1” or “%2”: the import needs the organisation holding the membership.</source>
        <translation>Không có cột nào được ghép vào “%1” hoặc “%2”: lần nhập cần biết tổ chức đảng nơi đảng viên sinh hoạt.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Hãy đặt tên cho cách ghép cột.</translation>
    </message>
</context>
<context>
    <name>cutru::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Ghép các cột</translation>
    </message>
    <message>
        <source>Choose the field each column of the file holds. Columns set to “— ignore —” are not imported. Fields marked * are required.</source>
        <translation>Chọn trường tương ứng với từng cột của tệp. Các cột đặt là “— bỏ qua —” sẽ không được nhập. Các trường có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>Cách ghép &amp;cột đã lưu:</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Lưu cách ghép cột…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Giá trị mẫu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(cột %1, không có tên)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— bỏ qua —</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>There is no saved mapping named “%1”.</source>
        <translation>Không có cách ghép cột nào đã lưu với tên “%1”.</translation>
    </message>
    <message>
        <source>Applied the saved mapping “%1”.</source>
        <translation>Đã áp dụng cách ghép cột đã lưu “%1”.</translation>
    </message>
    <message>
        <source>Saved the mapping as “%1”.</source>
        <translation>Đã lưu cách ghép cột với tên “%1”.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Lưu cách ghép cột</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>Tên cách ghép cột:</translation>
    </message>
    <message>
        <source>A mapping named “%1” exists already. Replace it?</source>
        <translation>Đã có cách ghép cột tên “%1”. Thay thế?</translation>
    </message>
</context>
<context>
    <name>cutru::ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows with problems are left out; the others are imported together in one step, or not at all.</source>
        <translation>Chưa có gì được ghi. Các dòng có lỗi sẽ bị loại; các dòng còn lại được nhập cùng lúc trong một bước, hoặc không dòng nào được nhập.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&amp;Rows matching stored records:</source>
        <translation>&amp;Dòng trùng với hồ sơ đã có:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation>Số dòng trong tệp:</translation>
    </message>
    <message>
        <source>New members to add:</source>
        <translation>Đảng viên mới sẽ thêm:</translation>
    </message>
    <message>
        <source>New organisations to add:</source>
        <translation>Tổ chức đảng mới sẽ thêm:</translation>
    </message>
    <message>
        <source>Already in the database:</source>
        <translation>Đã có trong cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Possible duplicates (imported; see the warnings):</source>
        <translation>Có thể trùng (vẫn nhập; xem các cảnh báo):</translation>
    </message>
    <message>
        <source>Invalid (left out):</source>
        <translation>Không hợp lệ (bị loại):</translation>
    </message>
    <message>
        <source>Repeated in the file (left out):</source>
        <translation>Lặp lại trong tệp (bị loại):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Lưu các dòng bị loại…</translation>
    </message>
    <message>
        <source>A row matches a stored member when it has the same CCCD, or else the same party card number.</source>
        <translation>Một dòng trùng với đảng viên đã có khi có cùng số CCCD, hoặc nếu không thì cùng số thẻ đảng viên.</translation>
    </message>
    <message>
        <source>A row matches a stored organisation when it has the same code.</source>
        <translation>Một dòng trùng với tổ chức đảng đã có khi có cùng mã.</translation>
    </message>
    <message>
        <source>Such rows are left out; the stored record stays as it is.</source>
        <translation>Các dòng này bị bỏ qua; hồ sơ đã có giữ nguyên.</translation>
    </message>
    <message>
        <source>The file&apos;s non-empty cells replace the stored values.</source>
        <translation>Các ô không trống trong tệp sẽ thay thế giá trị đã lưu.</translation>
    </message>
    <message>
        <source>The file&apos;s cells fill only the stored record&apos;s empty fields; nothing stored is overwritten.</source>
        <translation>Các ô trong tệp chỉ bổ sung vào các trường còn trống của hồ sơ đã có; không ghi đè dữ liệu đã lưu.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Unknown organisations</source>
        <translation>Tổ chức đảng không xác định</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Đang kiểm tra tệp</translation>
    </message>
    <message>
        <source>The check was cancelled. Choose Check again to run it.</source>
        <translation>Đã hủy kiểm tra. Chọn Kiểm tra lại để chạy lại.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Cảnh báo (%1)</translation>
    </message>
    <message>
        <source>Unknown organisations (%1)</source>
        <translation>Tổ chức đảng không xác định (%1)</translation>
    </message>
    <message>
        <source>The first %1 problems are listed; the rejected rows file has them all.</source>
        <translation>Chỉ liệt kê %1 lỗi đầu tiên; tệp các dòng bị loại có đầy đủ.</translation>
    </message>
    <message>
        <source>Nothing to import: no row is new, and no stored record would change.</source>
        <translation>Không có gì để nhập: không có dòng nào mới, và không hồ sơ đã có nào thay đổi.</translation>
    </message>
</context>
<context>
    <name>cutru::ImportReport</name>
    <message>
        <source>Skip: leave the stored record alone</source>
        <translation>Bỏ qua: giữ nguyên hồ sơ đã có</translation>
    </message>
    <message>
        <source>Update: the file&apos;s filled cells replace the stored values</source>
        <translation>Cập nhật: các ô có dữ liệu trong tệp thay thế giá trị đã lưu</translation>
    </message>
    <message>
        <source>Fill: the file&apos;s cells fill only the stored record&apos;s empty fields</source>
        <translation>Bổ sung: các ô trong tệp chỉ điền vào các trường còn trống của hồ sơ đã có</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Không ghi được các dòng bị loại vào %1: %2</translation>
    </message>
</context>
<context>
    <name>cutru::ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>The valid rows are written in one step: if the import is cancelled or fails, nothing is changed.</source>
        <translation>Các dòng hợp lệ được ghi trong một bước: nếu việc nhập bị hủy hoặc không thành công, không có gì thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Lưu các dòng bị loại…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Cancelled — nothing was changed.</source>
        <translation>Đã hủy — không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>Nhập không thành công; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Imported from %1 in one step.</source>
        <translation>Đã nhập từ %1 trong một bước.</translation>
    </message>
    <message>
        <source>Nothing was written: no row was new, and no stored record needed a change.</source>
        <translation>Không có gì được ghi: không có dòng nào mới, và không hồ sơ đã có nào cần thay đổi.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Đã thêm: %1</translation>
    </message>
    <message>
        <source>Skipped (already in the database): %1</source>
        <translation>Bỏ qua (đã có trong cơ sở dữ liệu): %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Đã cập nhật: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Không thay đổi: %1</translation>
    </message>
    <message>
        <source>Left out because of problems: %1</source>
        <translation>Bỏ lại do có lỗi: %1</translation>
    </message>
    <message>
        <source>Unknown organisations: %1</source>
        <translation>Tổ chức đảng không xác định: %1</translation>
    </message>
</context>
<context>
    <name>cutru::ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation>Nhập đảng viên</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Nhập tổ chức đảng</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>Trang tính “%1” của %2</translation>
    </message>
    <message>
        <source>No file has been read.</source>
        <translation>Chưa đọc tệp nào.</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-rejected.csv</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Lưu các dòng bị loại</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln rejected row(s) to %1, with their problems in the column “error”.</source>
        <translation>
            <numerusform>Đã ghi %Ln dòng bị loại vào %1, kèm lỗi của từng dòng ở cột “error”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; see the log for details.</source>
        <translation>Nhập không thành công; xem nhật ký để biết chi tiết.</translation>
    </message>
</context>
<context>
    <name>cutru::LiaisonPage</name>
    <message>
        <source>Edit cadre…</source>
        <translation>Sửa cán bộ…</translation>
    </message>
    <message>
        <source>Show cadre…</source>
        <translation>Xem cán bộ…</translation>
    </message>
    <message>
        <source>Edit visit…</source>
        <translation>Sửa lần về cơ sở…</translation>
    </message>
    <message>
        <source>Show visit…</source>
        <translation>Xem lần về cơ sở…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Theo dõi giải quyết…</translation>
    </message>
    <message>
        <source>Show problem…</source>
        <translation>Xem vướng mắc…</translation>
    </message>
    <message>
        <source>No district (communes under the province)</source>
        <translation>Không thuộc huyện (xã trực thuộc tỉnh)</translation>
    </message>
    <message>
        <source>All cadres</source>
        <translation>Tất cả cán bộ</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Tất cả xã, phường</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả huyện</translation>
    </message>
    <message>
        <source>Open problems listed: %1</source>
        <translation>Số vướng mắc chưa giải quyết: %1</translation>
    </message>
    <message>
        <source>The visit of %1 is saved.</source>
        <translation>Đã lưu lần về cơ sở của %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Raised at the visit of %1 on %2 to %3.</source>
        <translation>Nêu ra trong lần %1 về %3 ngày %2.</translation>
    </message>
    <message>
        <source>Liaison cadres</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Các lần về cơ sở</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Vướng mắc chưa giải quyết</translation>
    </message>
    <message>
        <source>Add cadre…</source>
        <translation>Thêm cán bộ…</translation>
    </message>
    <message>
        <source>Log visit…</source>
        <translation>Ghi lần về cơ sở…</translation>
    </message>
    <message>
        <source>Cadre:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Huyện:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Đơn vị công tác</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Ngày về cơ sở</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Meeting attended</source>
        <translation>Buổi sinh hoạt đã dự</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vướng mắc</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Chưa giải quyết</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Số ngày tồn đọng</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vướng mắc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>cutru::LiaisonService</name>
    <message>
        <source>This %1 was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>Người khác vừa thay đổi %1 này. Hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <source>liaison cadre</source>
        <translation>cán bộ được phân công</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>việc phân công</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>lần về cơ sở</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>vướng mắc</translation>
    </message>
    <message>
        <source>This liaison cadre is not in the register.</source>
        <translation>Cán bộ được phân công này không có trong danh sách.</translation>
    </message>
    <message>
        <source>A cadre is assigned to a district or a commune-level committee.</source>
        <translation>Cán bộ được phân công phụ trách một huyện hoặc một đảng bộ xã, phường, thị trấn.</translation>
    </message>
    <message>
        <source>An assignment stays with its cadre.</source>
        <translation>Không thể chuyển việc phân công sang cán bộ khác.</translation>
    </message>
    <message>
        <source>The last day of the assignment is required.</source>
        <translation>Phải ghi ngày kết thúc phân công.</translation>
    </message>
    <message>
        <source>Choose the commune-level committee visited.</source>
        <translation>Hãy chọn đảng bộ xã, phường, thị trấn đã về.</translation>
    </message>
    <message>
        <source>The cell visited must be a cell of %1.</source>
        <translation>Chi bộ đã về phải là chi bộ thuộc %1.</translation>
    </message>
    <message>
        <source>Choose the cell whose meeting the cadre attended.</source>
        <translation>Hãy chọn chi bộ mà cán bộ đã dự sinh hoạt.</translation>
    </message>
    <message>
        <source>The meeting attended must be a meeting of the cell visited.</source>
        <translation>Buổi sinh hoạt đã dự phải là buổi sinh hoạt của chi bộ đã về.</translation>
    </message>
    <message>
        <source>The meeting of %1 is too far from the visit date %2.</source>
        <translation>Buổi sinh hoạt ngày %1 cách quá xa ngày về cơ sở %2.</translation>
    </message>
    <message>
        <source>A problem stays with the visit that raised it.</source>
        <translation>Không thể chuyển vướng mắc sang lần về cơ sở khác.</translation>
    </message>
    <message>
        <source>The visit that raised this problem is gone.</source>
        <translation>Lần về cơ sở nêu ra vướng mắc này đã bị xóa.</translation>
    </message>
</context>
<context>
    <name>cutru::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <source>No database is open.
Use File → New database or File → Open database.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.
Hãy dùng Tệp → Tạo cơ sở dữ liệu mới hoặc Tệp → Mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
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
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in scope</source>
        <translation>
            <numerusform>%Ln đảng viên trong phạm vi</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · đang hiển thị %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>CuTru databases (*.cutru)</source>
        <translation>Cơ sở dữ liệu CuTru (*.cutru)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>CuTru databases (*.cutru);;All files (*)</source>
        <translation>Cơ sở dữ liệu CuTru (*.cutru);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>(no recent databases)</source>
        <translation>(chưa mở cơ sở dữ liệu nào)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>About CuTru</source>
        <translation>Thông tin về CuTru</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CuTru %1&lt;/h3&gt;&lt;p&gt;Party members at their place of residence: referral, reception, residence meetings, annual comments and provincial liaison (Regulation 213-QĐ/TW, Guideline 33-HD/BTCTW).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Built with Qt %4. Licence: MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CuTru %1&lt;/h3&gt;&lt;p&gt;Quản lý đảng viên đang công tác giữ mối liên hệ và sinh hoạt ở nơi cư trú: giới thiệu, tiếp nhận, sinh hoạt, nhận xét hằng năm và cán bộ được Tỉnh ủy phân công phụ trách (Quy định 213-QĐ/TW, Hướng dẫn 33-HD/BTCTW).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cơ sở dữ liệu:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Tệp nhật ký:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Xây dựng trên Qt %4. Giấy phép: MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Đang mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Đã đăng nhập: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Your account is no longer enabled; the database has been closed.</source>
        <translation>Tài khoản của bạn đã bị khóa sử dụng; cơ sở dữ liệu đã được đóng lại.</translation>
    </message>
    <message>
        <source>Members imported.</source>
        <translation>Đã nhập đảng viên.</translation>
    </message>
    <message>
        <source>Organisations imported.</source>
        <translation>Đã nhập tổ chức đảng.</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>&amp;Kết nối máy chủ…</translation>
    </message>
    <message>
        <source>Open a CuTru database on a PostgreSQL server shared by the province&apos;s offices</source>
        <translation>Mở cơ sở dữ liệu CuTru trên máy chủ PostgreSQL dùng chung cho các văn phòng trong tỉnh</translation>
    </message>
    <message>
        <source>You are not signed in: the password of %1 must be changed first.</source>
        <translation>Bạn chưa đăng nhập: phải đổi mật khẩu của %1 trước.</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is backed up by its administrator with pg_dump.</source>
        <translation>Cơ sở dữ liệu trên máy chủ PostgreSQL do người quản trị sao lưu bằng pg_dump.</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is restored by its administrator with pg_restore from a pg_dump archive.</source>
        <translation>Cơ sở dữ liệu trên máy chủ PostgreSQL do người quản trị khôi phục bằng pg_restore từ bản lưu của pg_dump.</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingDialog</name>
    <message>
        <source>New meeting — %1</source>
        <translation>Thêm buổi sinh hoạt — %1</translation>
    </message>
    <message>
        <source>Meeting of %1 — %2 (read only)</source>
        <translation>Buổi sinh hoạt ngày %1 — %2 (chỉ xem)</translation>
    </message>
    <message>
        <source>Meeting of %1 — %2</source>
        <translation>Buổi sinh hoạt ngày %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <source>e.g. the village cultural house</source>
        <translation>ví dụ: nhà văn hóa thôn</translation>
    </message>
    <message>
        <source>&amp;Capacity of the venue:</source>
        <translation>&amp;Sức chứa:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> chỗ</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>Other &amp;items:</source>
        <translation>Nội dung &amp;khác:</translation>
    </message>
    <message>
        <source>Items of this meeting not in the list above</source>
        <translation>Nội dung của buổi này chưa có trong danh sách trên</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Biên bản:</translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation>Người &amp;chủ trì:</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Chỉ xem. %1</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingPrintDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>In danh sách ký tên</translation>
    </message>
    <message>
        <source>The blank sign-in sheet of %1: the expected members and the cell&apos;s own members added, with a column for signatures, to print before the meeting. Official documents are always in Vietnamese.</source>
        <translation>Danh sách ký tên của %1: các đảng viên phải dự và đảng viên chi bộ đã thêm, có cột ký tên, in trước buổi sinh hoạt. Văn bản chính thức luôn bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>Print the attendance record</source>
        <translation>In biên bản sinh hoạt</translation>
    </message>
    <message>
        <source>The attendance record of %1 as saved: agenda, who attended and who was absent (with reasons), exempt members apart, the rate, guests and the minutes. Official documents are always in Vietnamese.</source>
        <translation>Biên bản của %1 theo điểm danh đã lưu: nội dung, người dự và người vắng (kèm lý do), đảng viên được miễn ghi riêng, tỷ lệ, khách dự và biên bản. Văn bản chính thức luôn bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>&amp;Tệp PDF:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingRulesDialog</name>
    <message>
        <source>Meeting rules</source>
        <translation>Quy định sinh hoạt</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Chỉ xem. %1</translation>
    </message>
    <message>
        <source>Rule &amp;profile:</source>
        <translation>&amp;Quy định áp dụng:</translation>
    </message>
    <message>
        <source>&amp;Meetings a year (Regulation 76):</source>
        <translation>&amp;Số buổi mỗi năm (Quy định 76):</translation>
    </message>
    <message>
        <source>&amp;Alert after consecutive absences:</source>
        <translation>Cảnh báo &amp;khi vắng liên tiếp:</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> buổi</translation>
    </message>
    <message>
        <source>Absences &amp;with reason count towards the alert</source>
        <translation>Tính cả vắng &amp;có lý do vào cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Crowded cell: referred members above</source>
        <translation>Chi bộ &amp;quá đông: số đảng viên được giới thiệu trên</translation>
    </message>
    <message>
        <source>A cell whose referred members exceed this is listed in the Overview as having no venue large enough (150 in the source).</source>
        <translation>Chi bộ có số đảng viên được giới thiệu vượt mức này được nêu ở mục Tổng quan là không đủ chỗ sinh hoạt (bài báo gốc: 150).</translation>
    </message>
    <message>
        <source>&amp;Target attendance rate:</source>
        <translation>Tỷ lệ tham gia sinh hoạt &amp;mục tiêu:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The attendance report highlights the rows whose attendance rate is under this (80 % by default; the source reports 80–90 %).</source>
        <translation>Báo cáo sinh hoạt tô nổi các dòng có tỷ lệ tham gia dưới mức này (mặc định 80 %; bài báo nguồn nêu 80–90 %).</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingService</name>
    <message>
        <source>This meeting was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>Buổi sinh hoạt này vừa được người khác thay đổi. Hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <source>Residence meetings are held by village and residential-group cells.</source>
        <translation>Sinh hoạt nơi cư trú do chi bộ thôn, tổ dân phố tổ chức.</translation>
    </message>
    <message>
        <source>A meeting stays with its cell.</source>
        <translation>Buổi sinh hoạt không chuyển sang chi bộ khác được.</translation>
    </message>
    <message>
        <source>The meeting of %1 has attendance recorded and cannot be deleted.</source>
        <translation>Buổi sinh hoạt ngày %1 đã ghi điểm danh nên không xóa được.</translation>
    </message>
    <message>
        <source>Choose the commune, district or province to plan.</source>
        <translation>Hãy chọn xã, phường, huyện hoặc tỉnh cần lập kế hoạch.</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>Năm %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>Số khách mời không được âm.</translation>
    </message>
    <message>
        <source>Meeting of %1 on %2</source>
        <translation>Buổi sinh hoạt của %1 ngày %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: attendance is recorded afterwards.</source>
        <translation>Buổi sinh hoạt ngày %1 chưa diễn ra: điểm danh được ghi sau buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>%1 is exempt from meetings on %2: not marked.</source>
        <translation>%1 được miễn sinh hoạt vào ngày %2: không điểm danh.</translation>
    </message>
    <message>
        <source>Member %1 is neither referred to this cell on %2 nor one of its members.</source>
        <translation>Đảng viên %1 không được giới thiệu về chi bộ này vào ngày %2 và cũng không phải đảng viên của chi bộ.</translation>
    </message>
    <message>
        <source>%1 is marked twice.</source>
        <translation>%1 được điểm danh hai lần.</translation>
    </message>
</context>
<context>
    <name>cutru::Meetings</name>
    <message>
        <source>Meetings a year must be between 1 and 12.</source>
        <translation>Số buổi sinh hoạt một năm phải từ 1 đến 12.</translation>
    </message>
    <message>
        <source>The absence alert needs between 1 and 12 meetings.</source>
        <translation>Cảnh báo vắng mặt cần từ 1 đến 12 buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>The venue capacity must be at least 1.</source>
        <translation>Sức chứa của địa điểm phải ít nhất là 1.</translation>
    </message>
    <message>
        <source>The target attendance rate must be between 1 and 100 %.</source>
        <translation>Tỷ lệ tham gia mục tiêu phải từ 1 đến 100 %.</translation>
    </message>
</context>
<context>
    <name>cutru::MeetingsPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã họp</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Present %1 of %2 expected; absent with reason %3, without reason %4, not marked %5.</source>
        <translation>Có mặt %1/%2 phải dự; vắng có lý do %3, không lý do %4, chưa điểm danh %5.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Phải dự</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the %1 meeting of %2 (%3)</source>
        <translation>buổi sinh hoạt %1 ngày %2 (%3)</translation>
    </message>
    <message>
        <source>Meetings are kept by village and residential-group cells, and none is within your roles&apos; reach.</source>
        <translation>Sinh hoạt do chi bộ thôn, tổ dân phố tổ chức; vai trò của bạn không có chi bộ nào như vậy.</translation>
    </message>
    <message>
        <source>There is no village or residential-group cell under %1. Choose a commune or a cell in the organisation tree.</source>
        <translation>Không có chi bộ thôn, tổ dân phố nào thuộc %1. Hãy chọn một xã, phường hoặc một chi bộ trên cây tổ chức.</translation>
    </message>
    <message>
        <source>Rule profile: %1.</source>
        <translation>Quy định áp dụng: %1.</translation>
    </message>
    <message>
        <source>&amp;Meetings in %1: %2</source>
        <translation>&amp;Các buổi sinh hoạt năm %1: %2</translation>
    </message>
    <message>
        <source>Planned for %1 and still not recorded. Enter or double-click opens it.</source>
        <translation>Lên kế hoạch ngày %1 mà chưa ghi nhận. Nhấn Enter hoặc bấm đúp để mở.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 buổi khác</translation>
    </message>
    <message>
        <source>&amp;Past due (planned, not recorded): %1</source>
        <translation>&amp;Quá hạn (đã lên kế hoạch, chưa ghi nhận): %1</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Xem…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;View attendance</source>
        <translation>Xem điểm &amp;danh</translation>
    </message>
    <message>
        <source>&amp;Take attendance</source>
        <translation>Điểm &amp;danh</translation>
    </message>
    <message>
        <source>Your role cannot change this cell&apos;s meetings.</source>
        <translation>Vai trò của bạn không được sửa sinh hoạt của chi bộ này.</translation>
    </message>
    <message>
        <source>Deletes a meeting without recorded attendance.</source>
        <translation>Xóa buổi sinh hoạt chưa có điểm danh.</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: attendance is recorded afterwards. Print its sign-in sheet to take to the meeting.</source>
        <translation>Buổi sinh hoạt ngày %1 chưa diễn ra: điểm danh sau khi họp. Hãy in danh sách ký tên để mang đến buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>The meeting of %1 is not recorded yet: Take attendance records who came.</source>
        <translation>Buổi sinh hoạt ngày %1 chưa được ghi nhận: bấm Điểm danh để ghi người dự.</translation>
    </message>
    <message>
        <source>Meeting of %1 created.</source>
        <translation>Đã tạo buổi sinh hoạt ngày %1.</translation>
    </message>
    <message>
        <source>Meeting of %1 saved.</source>
        <translation>Đã lưu buổi sinh hoạt ngày %1.</translation>
    </message>
    <message>
        <source>Meeting of %1 deleted.</source>
        <translation>Đã xóa buổi sinh hoạt ngày %1.</translation>
    </message>
    <message>
        <source>Year %1 planned for %2: %3 meetings created for %4 cells; %5 periods already had a periodic meeting.</source>
        <translation>Đã lập kế hoạch năm %1 cho %2: tạo %3 buổi sinh hoạt cho %4 chi bộ; %5 kỳ đã có buổi sinh hoạt định kỳ.</translation>
    </message>
    <message>
        <source>Meeting rules saved: %1.</source>
        <translation>Đã lưu quy định sinh hoạt: %1.</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>Xóa buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Delete the %1 meeting of %2?</source>
        <translation>Xóa buổi sinh hoạt %1 ngày %2?</translation>
    </message>
    <message>
        <source>A meeting with recorded attendance cannot be deleted.</source>
        <translation>Không xóa được buổi sinh hoạt đã có điểm danh.</translation>
    </message>
    <message>
        <source>Choose the commune, district or province to plan.</source>
        <translation>Hãy chọn xã, huyện hoặc tỉnh để lập kế hoạch.</translation>
    </message>
    <message>
        <source>sign-in-sheet-%1-%2.pdf</source>
        <translation>danh-sach-ky-ten-%1-%2.pdf</translation>
    </message>
    <message>
        <source>attendance-record-%1-%2.pdf</source>
        <translation>bien-ban-sinh-hoat-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Hãy chọn tệp PDF để ghi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>A PDF is being written already; wait for it.</source>
        <translation>Đang ghi một tệp PDF; hãy chờ xong.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Buổi sinh hoạt này không còn nữa.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>In danh sách ký tên</translation>
    </message>
    <message>
        <source>Print the attendance record</source>
        <translation>In biên bản sinh hoạt</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet to %1.</source>
        <translation>Đã ghi danh sách ký tên vào %1.</translation>
    </message>
    <message>
        <source>Wrote the attendance record to %1.</source>
        <translation>Đã ghi biên bản sinh hoạt vào %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Đã hủy in; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
    <message>
        <source>Village and residential-group cells: type part of the name to find one.</source>
        <translation>Chi bộ thôn, tổ dân phố: gõ một phần tên để tìm.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>&amp;Quy định…</translation>
    </message>
    <message>
        <source>The meeting rule profile (Regulation 213 or 76) and the alert settings.</source>
        <translation>Quy định sinh hoạt (Quy định 213 hoặc 76) và các cài đặt cảnh báo.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Thêm buổi sinh hoạt…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Print &amp;sign-in sheet…</source>
        <translation>In danh sách &amp;ký tên…</translation>
    </message>
    <message>
        <source>The blank list of members with a signature column, to take to the meeting.</source>
        <translation>Danh sách đảng viên có cột ký tên, mang đến buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Print attendance &amp;record…</source>
        <translation>In &amp;biên bản sinh hoạt…</translation>
    </message>
    <message>
        <source>The record of a held meeting: agenda, attendance, rate and minutes.</source>
        <translation>Biên bản buổi sinh hoạt đã họp: nội dung, điểm danh, tỷ lệ và biên bản.</translation>
    </message>
    <message>
        <source>&amp;Plan the year…</source>
        <translation>&amp;Lập kế hoạch năm…</translation>
    </message>
    <message>
        <source>Creates the year&apos;s periodic meetings for every residence cell of a commune, a district or the province.</source>
        <translation>Tạo các buổi sinh hoạt định kỳ trong năm cho mọi chi bộ nơi cư trú của một xã, huyện hoặc cả tỉnh.</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>&amp;Absence alerts</source>
        <translation>Cảnh báo &amp;vắng sinh hoạt</translation>
    </message>
    <message>
        <source>Members absent from their latest meetings in a row, with the workplace organisation to tell</source>
        <translation>Đảng viên vắng liên tiếp các buổi sinh hoạt gần nhất, kèm tổ chức đảng nơi công tác cần thông báo</translation>
    </message>
    <message>
        <source>Attendance of %1 imported.</source>
        <translation>Đã nhập điểm danh %1.</translation>
    </message>
    <message>
        <source>&amp;Import attendance…</source>
        <translation>&amp;Nhập điểm danh…</translation>
    </message>
    <message>
        <source>Marks of this meeting from a CSV file (party card or CCCD, status, reason)</source>
        <translation>Điểm danh buổi này từ tệp CSV (số thẻ hoặc CCCD, tình hình, lý do)</translation>
    </message>
</context>
<context>
    <name>cutru::Member</name>
    <message>
        <source>The full name is required.</source>
        <translation>Cần nhập họ và tên.</translation>
    </message>
    <message>
        <source>Enter the full name: family name, middle name and given name.</source>
        <translation>Nhập đầy đủ họ, tên đệm và tên.</translation>
    </message>
    <message>
        <source>A name may not contain digits or symbols.</source>
        <translation>Họ tên không được chứa chữ số hoặc ký hiệu.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Họ tên dài quá 100 ký tự.</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>Cần nhập ngày sinh.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Ngày sinh không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The CCCD number is required.</source>
        <translation>Cần nhập số CCCD.</translation>
    </message>
    <message>
        <source>The CCCD number must be exactly 12 digits.</source>
        <translation>Số CCCD phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The CCCD number does not match the year of birth (digits 4 to 6).</source>
        <translation>Số CCCD không khớp với năm sinh (chữ số thứ 4 đến thứ 6).</translation>
    </message>
    <message>
        <source>The CCCD number does not match the gender (digit 4).</source>
        <translation>Số CCCD không khớp với giới tính (chữ số thứ 4).</translation>
    </message>
    <message>
        <source>The party card number holds 5 to 15 digits (dots allowed).</source>
        <translation>Số thẻ đảng viên gồm từ 5 đến 15 chữ số (có thể có dấu chấm).</translation>
    </message>
    <message>
        <source>An official member has a party card number.</source>
        <translation>Đảng viên chính thức phải có số thẻ đảng viên.</translation>
    </message>
    <message>
        <source>The date of admission is required.</source>
        <translation>Cần nhập ngày vào Đảng.</translation>
    </message>
    <message>
        <source>The date of admission is in the future.</source>
        <translation>Ngày vào Đảng không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The date of admission must come after the date of birth.</source>
        <translation>Ngày vào Đảng phải sau ngày sinh.</translation>
    </message>
    <message>
        <source>A member is admitted at 18 or older.</source>
        <translation>Người được kết nạp phải đủ 18 tuổi trở lên.</translation>
    </message>
    <message>
        <source>The date of official membership is in the future.</source>
        <translation>Ngày chính thức không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>Official membership cannot come before admission.</source>
        <translation>Ngày chính thức không được trước ngày vào Đảng.</translation>
    </message>
    <message>
        <source>Choose the cell where the member holds membership.</source>
        <translation>Chọn chi bộ nơi đảng viên đang sinh hoạt.</translation>
    </message>
    <message>
        <source>Enter a Vietnamese phone number: a mobile of 10 digits (09…, 03…) or a landline of 11 digits (02…); +84 may replace the leading 0.</source>
        <translation>Nhập số điện thoại Việt Nam: di động 10 chữ số (09…, 03…) hoặc cố định 11 chữ số (02…); có thể thay số 0 đầu bằng +84.</translation>
    </message>
    <message>
        <source>Choose the commune of the residence cell.</source>
        <translation>Chọn xã, phường, thị trấn của chi bộ nơi cư trú.</translation>
    </message>
</context>
<context>
    <name>cutru::MemberDialog</name>
    <message>
        <source>This member no longer exists; someone may have removed the record.</source>
        <translation>Đảng viên này không còn trong cơ sở dữ liệu; có thể người khác đã xóa hồ sơ.</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Đảng viên: %1</translation>
    </message>
    <message>
        <source>e.g. Thái Bình, or another province</source>
        <translation>ví dụ: Thái Bình, hoặc một tỉnh khác</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy or pick it from the calendar.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy) hoặc chọn trên lịch.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Member not saved</source>
        <translation>Chưa lưu được đảng viên</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Member changed meanwhile</source>
        <translation>Đảng viên đã được người khác sửa</translation>
    </message>
    <message>
        <source>A new member has no history yet.</source>
        <translation>Đảng viên mới chưa có lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Never referred.</source>
        <translation>Chưa được giới thiệu sinh hoạt lần nào.</translation>
    </message>
    <message>
        <source>Letter %1/%2 from %3 to %4</source>
        <translation>Giấy giới thiệu số %1/%2 của %3 gửi %4</translation>
    </message>
    <message>
        <source>Reply slip received</source>
        <translation>Đã nhận phiếu báo tiếp nhận</translation>
    </message>
    <message>
        <source>Received by %1</source>
        <translation>%1 đã tiếp nhận</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Phân công về %1</translation>
    </message>
    <message>
        <source>Exempt from meetings: %1</source>
        <translation>Miễn sinh hoạt: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Kết thúc: %1</translation>
    </message>
    <message>
        <source>Ended: %1 (%2)</source>
        <translation>Kết thúc: %1 (%2)</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Được tính</translation>
    </message>
    <message>
        <source>A new member has no attendance yet.</source>
        <translation>Đảng viên mới chưa có dữ liệu sinh hoạt.</translation>
    </message>
    <message>
        <source>No meeting of a cell this member was referred to has been recorded.</source>
        <translation>Chưa có buổi sinh hoạt nào được ghi ở chi bộ mà đảng viên này được giới thiệu về.</translation>
    </message>
    <message>
        <source>No attendance rate: the member was not expected at any recorded meeting.</source>
        <translation>Chưa có tỷ lệ dự sinh hoạt: đảng viên không thuộc diện phải dự buổi nào đã ghi.</translation>
    </message>
    <message>
        <source>Attendance rate %1: present at %2 of %3 meetings where expected. Absent with a reason: %4; without a reason: %5; not marked: %6; exempt: %7.</source>
        <translation>Tỷ lệ dự sinh hoạt %1: có mặt %2 trên %3 buổi phải dự. Vắng có lý do: %4; vắng không lý do: %5; chưa điểm danh: %6; được miễn: %7.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Được miễn</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>No (not referred to this cell then)</source>
        <translation>Không (khi đó không được giới thiệu về chi bộ này)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>member form tab</comment>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>present or absent</comment>
        <translation>Điểm danh</translation>
    </message>
</context>
<context>
    <name>cutru::MemberImport</name>
    <message>
        <source>No cell or workplace party organisation is named “%1”.</source>
        <translation>Không có chi bộ hoặc tổ chức đảng nơi công tác nào tên là “%1”.</translation>
    </message>
    <message>
        <source>No commune-level committee is named “%1”.</source>
        <translation>Không có đảng bộ cấp xã nào tên là “%1”.</translation>
    </message>
    <message>
        <source>No cell of %1 is named “%2”.</source>
        <translation>%1 không có chi bộ nào tên là “%2”.</translation>
    </message>
    <message>
        <source>No cell of a commune is named “%1”.</source>
        <translation>Không có chi bộ nào thuộc xã tên là “%1”.</translation>
    </message>
    <message>
        <source>“%1” names several organisations (%2): give the code.</source>
        <translation>“%1” trùng tên với nhiều tổ chức đảng (%2): hãy ghi mã.</translation>
    </message>
    <message>
        <source>not a gender (Nam or Nữ): %1</source>
        <translation>không phải giới tính (Nam hoặc Nữ): %1</translation>
    </message>
    <message>
        <source>not a date (dd/MM/yyyy): %1</source>
        <translation>không phải ngày (dd/MM/yyyy): %1</translation>
    </message>
    <message>
        <source>a number in exponent form (%1) has lost its last digits: format the column as text and type the CCCD number again</source>
        <translation>số ở dạng lũy thừa (%1) đã mất các chữ số cuối: hãy định dạng cột là văn bản (Text) và gõ lại số CCCD</translation>
    </message>
    <message>
        <source>%1 has 11 digits: the leading zero a spreadsheet dropped was restored (%2).</source>
        <translation>%1 có 11 chữ số: đã khôi phục số 0 đứng đầu mà bảng tính làm mất (%2).</translation>
    </message>
    <message>
        <source>%1 has 9 digits: the leading zero a spreadsheet dropped was restored (%2).</source>
        <translation>%1 có 9 chữ số: đã khôi phục số 0 đứng đầu mà bảng tính làm mất (%2).</translation>
    </message>
    <message>
        <source>No organisation has the code %1.</source>
        <translation>Không có tổ chức đảng nào có mã %1.</translation>
    </message>
    <message>
        <source>The gender is required.</source>
        <translation>Phải ghi giới tính.</translation>
    </message>
    <message>
        <source>The same CCCD number as row %1.</source>
        <translation>Trùng số CCCD với dòng %1.</translation>
    </message>
    <message>
        <source>The same party card number as row %1.</source>
        <translation>Trùng số thẻ đảng viên với dòng %1.</translation>
    </message>
    <message>
        <source>The same stored member as row %1.</source>
        <translation>Trùng đảng viên đã lưu với dòng %1.</translation>
    </message>
    <message>
        <source>A member with the same name and date of birth is already stored, with another CCCD number: check that this is not the same person.</source>
        <translation>Đã lưu một đảng viên cùng họ tên và ngày sinh nhưng khác số CCCD: hãy kiểm tra xem có phải cùng một người không.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <source>A member (row %1) was changed by someone else during the import; nothing was imported. Try again.</source>
        <translation>Một đảng viên (dòng %1) đã bị người khác thay đổi trong lúc nhập; chưa nhập gì. Hãy thử lại.</translation>
    </message>
    <message>
        <source>This column mapping is for organisations, not members.</source>
        <translation>Cách ghép cột này dành cho tổ chức đảng, không phải đảng viên.</translation>
    </message>
    <message>
        <source>A member of an organisation outside your account&apos;s reach already has this CCCD number: not imported.</source>
        <translation>Một đảng viên thuộc tổ chức đảng ngoài phạm vi tài khoản của bạn đã có số CCCD này: không nhập.</translation>
    </message>
    <message>
        <source>A member of an organisation outside your account&apos;s reach already has this party card number: not imported.</source>
        <translation>Một đảng viên thuộc tổ chức đảng ngoài phạm vi tài khoản của bạn đã có số thẻ đảng viên này: không nhập.</translation>
    </message>
</context>
<context>
    <name>cutru::MemberService</name>
    <message>
        <source>Another member already has this CCCD number.</source>
        <translation>Số CCCD này đã có ở một đảng viên khác.</translation>
    </message>
    <message>
        <source>Another member already has this party card number.</source>
        <translation>Số thẻ đảng viên này đã có ở một đảng viên khác.</translation>
    </message>
    <message>
        <source>Membership is held in a cell or a workplace party organisation.</source>
        <translation>Đảng viên sinh hoạt ở một chi bộ hoặc một tổ chức đảng cơ quan, doanh nghiệp.</translation>
    </message>
    <message>
        <source>Choose a commune-level committee.</source>
        <translation>Chọn một đảng bộ xã, phường, thị trấn.</translation>
    </message>
    <message>
        <source>The residence cell must belong to the chosen commune.</source>
        <translation>Chi bộ nơi cư trú phải thuộc xã, phường, thị trấn đã chọn.</translation>
    </message>
    <message>
        <source>This record was removed by someone else after you opened it.</source>
        <translation>Người khác đã xóa hồ sơ này sau khi bạn mở.</translation>
    </message>
    <message>
        <source>This record was changed by someone else after you opened it. Reload it and make your change again?</source>
        <translation>Người khác đã sửa hồ sơ này sau khi bạn mở. Tải lại hồ sơ rồi thực hiện lại thay đổi của bạn?</translation>
    </message>
    <message>
        <source>This record was changed by %1 at %2, after you opened it. Reload it and make your change again?</source>
        <translation>%1 đã sửa hồ sơ này lúc %2, sau khi bạn mở. Tải lại hồ sơ rồi thực hiện lại thay đổi của bạn?</translation>
    </message>
</context>
<context>
    <name>cutru::MemberTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Cell / organisation</source>
        <translation>Chi bộ / tổ chức đảng</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Residence (commune)</source>
        <translation>Nơi cư trú (xã, phường)</translation>
    </message>
</context>
<context>
    <name>cutru::MembersPage</name>
    <message>
        <source>Search by name, CCCD or party card number (accents optional)</source>
        <translation>Tìm theo họ tên, số CCCD hoặc số thẻ đảng viên (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Thêm đảng viên…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Record a new member in the selected cell</source>
        <translation>Thêm một đảng viên vào chi bộ đang chọn</translation>
    </message>
    <message>
        <source>View and edit the selected member (or double-click a row)</source>
        <translation>Xem và sửa đảng viên đang chọn (hoặc nháy đúp vào một dòng)</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Tất cả đảng viên</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %Ln đảng viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
</context>
<context>
    <name>cutru::Organisation</name>
    <message>
        <source>The code is required.</source>
        <translation>Cần nhập mã.</translation>
    </message>
    <message>
        <source>The code may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 32).</source>
        <translation>Mã chỉ gồm chữ cái không dấu, chữ số, &apos;.&apos;, &apos;_&apos; và &apos;-&apos; (tối đa 32 ký tự).</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Cần nhập tên.</translation>
    </message>
    <message>
        <source>Choose a kind that fits this level of organisation.</source>
        <translation>Chọn loại phù hợp với cấp tổ chức này.</translation>
    </message>
    <message>
        <source>The end of validity must come after its start.</source>
        <translation>Ngày hết hiệu lực phải sau ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>cutru::OrganisationImport</name>
    <message>
        <source>The level is required.</source>
        <translation>Phải ghi cấp.</translation>
    </message>
    <message>
        <source>Unknown level “%1”: use province, district, commune, cell or workplace.</source>
        <translation>Cấp “%1” không xác định: dùng province, district, commune, cell hoặc workplace (hoặc Tỉnh, Huyện, Cấp xã, Chi bộ, Cơ quan).</translation>
    </message>
    <message>
        <source>A %1 has no kind: leave this cell empty (“%2”).</source>
        <translation>%1 không có loại: hãy để trống ô này (“%2”).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of %2: use %3.</source>
        <translation>“%1” không phải là một loại của %2: dùng %3.</translation>
    </message>
    <message>
        <source>Give the kind of this commune-level committee (%1): its name does not say it.</source>
        <translation>Hãy ghi loại của đảng bộ cấp xã này (%1): tên của nó không cho biết loại.</translation>
    </message>
    <message>
        <source>Valid from %1, a day still to come.</source>
        <translation>Có hiệu lực từ %1, một ngày chưa đến.</translation>
    </message>
    <message>
        <source>Not a date (dd/MM/yyyy): %1</source>
        <translation>Không phải ngày (dd/MM/yyyy): %1</translation>
    </message>
    <message>
        <source>A province has no parent organisation: leave the parent code empty.</source>
        <translation>Tỉnh không có tổ chức đảng cấp trên: hãy để trống mã cấp trên.</translation>
    </message>
    <message>
        <source>The parent organisation&apos;s code is required (only the province has none).</source>
        <translation>Phải ghi mã tổ chức đảng cấp trên (chỉ tỉnh là không có).</translation>
    </message>
    <message>
        <source>%1 is stored as a %2 (level “%3”); an import does not change levels.</source>
        <translation>%1 đã được lưu là %2 (cấp “%3”); việc nhập không thay đổi cấp.</translation>
    </message>
    <message>
        <source>%1 sits under %2 in the database, not under %3: an import does not move organisations.</source>
        <translation>Trong cơ sở dữ liệu, %1 trực thuộc %2, không phải %3: việc nhập không chuyển tổ chức đảng.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The parent %1 (row %2) is rejected, so this row cannot be imported either.</source>
        <translation>Cấp trên %1 (dòng %2) bị loại nên cũng không thể nhập dòng này.</translation>
    </message>
    <message>
        <source>Unknown parent code %1: it is neither in the database nor in the file.</source>
        <translation>Mã cấp trên %1 không xác định: không có trong cơ sở dữ liệu lẫn trong tệp.</translation>
    </message>
    <message>
        <source>A %1 cannot sit under a %2 (%3 %4).</source>
        <translation>%1 không thể trực thuộc %2 (%3 %4).</translation>
    </message>
    <message>
        <source>%1 under the same parent has the same name (code %2): check that they are not one organisation.</source>
        <translation>%1 cùng cấp trên có cùng tên (mã %2): hãy kiểm tra xem có phải là một tổ chức đảng không.</translation>
    </message>
    <message>
        <source>The code %1 is already on row %2.</source>
        <translation>Mã %1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>The database has its province already (%1 %2): one province per database.</source>
        <translation>Cơ sở dữ liệu đã có tỉnh (%1 %2): mỗi cơ sở dữ liệu chỉ có một tỉnh.</translation>
    </message>
    <message>
        <source>Row %1 is the province already: one province per database.</source>
        <translation>Dòng %1 đã là tỉnh: mỗi cơ sở dữ liệu chỉ có một tỉnh.</translation>
    </message>
    <message>
        <source>The parent codes go round in a circle: %1.</source>
        <translation>Các mã cấp trên tạo thành vòng lặp: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else during the import; nothing was imported. Try again.</source>
        <translation>%1 đã bị người khác thay đổi trong lúc nhập; chưa nhập gì. Hãy thử lại.</translation>
    </message>
    <message>
        <source>This column mapping is for members, not organisations.</source>
        <translation>Cách ghép cột này dành cho đảng viên, không phải tổ chức đảng.</translation>
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
%2 — %Ln đảng viên trong phạm vi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutru::OverviewPage</name>
    <message>
        <source>Organisation overview</source>
        <translation>Tổng quan về tổ chức</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <source>Working members by type of workplace</source>
        <translation>Đảng viên đang công tác theo loại hình đơn vị</translation>
    </message>
    <message>
        <source>Working members</source>
        <translation>Đảng viên đang công tác</translation>
    </message>
    <message numerus="yes">
        <source>Overdue referrals (issued, not received after %n day(s))</source>
        <translation>
            <numerusform>Giấy giới thiệu quá hạn (đã cấp, chưa được tiếp nhận sau %n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue referrals.</source>
        <translation>Không có giấy giới thiệu quá hạn.</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n letter(s) in all.</source>
        <translation>
            <numerusform>Tính đến %1: tổng cộng %n giấy giới thiệu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n letter(s) addressed to a commune or issued by an organisation in %2.</source>
        <translation>
            <numerusform>Tính đến %1: %n giấy giới thiệu có nơi nhận hoặc nơi cấp thuộc %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Receiving commune</source>
        <translation>Đảng bộ cấp xã tiếp nhận</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Số giấy</translation>
    </message>
    <message>
        <source>Issuing organisation</source>
        <translation>Tổ chức cấp giấy giới thiệu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Committees outside the province</source>
        <translation>Cấp ủy ngoài tỉnh</translation>
    </message>
    <message>
        <source>Past-due meetings (planned before %1, attendance not recorded): %2</source>
        <translation>Buổi sinh hoạt quá hạn (lên kế hoạch trước ngày %1, chưa ghi điểm danh): %2</translation>
    </message>
    <message>
        <source>Crowded cells (more referred members than %1)</source>
        <translation>Chi bộ quá đông (số đảng viên được giới thiệu vượt quá %1)</translation>
    </message>
    <message>
        <source>No crowded cells.</source>
        <translation>Không có chi bộ nào quá đông.</translation>
    </message>
    <message>
        <source>Members expected at meetings as of %1, exempt ones apart; the venue as recorded at the cell&apos;s latest meeting.</source>
        <translation>Số đảng viên phải dự sinh hoạt tính đến ngày %1, không kể người được miễn; địa điểm theo buổi sinh hoạt gần nhất của chi bộ.</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Chi bộ nơi cư trú</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Đảng bộ cấp xã</translation>
    </message>
    <message>
        <source>Referred members</source>
        <translation>Đảng viên được giới thiệu</translation>
    </message>
    <message>
        <source>Venue capacity</source>
        <translation>Sức chứa địa điểm</translation>
    </message>
    <message numerus="yes">
        <source>Absence alerts (%n consecutive meeting(s))</source>
        <translation>
            <numerusform>Cảnh báo vắng sinh hoạt (%n buổi liên tiếp)</numerusform>
        </translation>
    </message>
    <message>
        <source>No absence alerts.</source>
        <translation>Không có cảnh báo vắng sinh hoạt.</translation>
    </message>
    <message>
        <source>As of %1: %2 members absent that many times in a row, with or without a reason. Tell their workplace organisations.</source>
        <translation>Đến ngày %1: %2 đảng viên vắng liên tiếp ngần ấy buổi, có hoặc không có lý do. Cần thông báo cho tổ chức đảng nơi công tác.</translation>
    </message>
    <message>
        <source>As of %1: %2 members absent that many times in a row without a reason. Tell their workplace organisations.</source>
        <translation>Đến ngày %1: %2 đảng viên vắng không lý do liên tiếp ngần ấy buổi. Cần thông báo cho tổ chức đảng nơi công tác.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Số buổi vắng liên tiếp</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Buổi gần nhất</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Annual comments %1: deadline %2 (passed)</source>
        <translation>Nhận xét hằng năm %1: hạn nhận xét %2 (đã quá hạn)</translation>
    </message>
    <message numerus="yes">
        <source>Annual comments %1: deadline %2 (%n day(s) left)</source>
        <translation>
            <numerusform>Nhận xét hằng năm %1: hạn nhận xét %2 (còn %n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments missing: every member due has a signed comment.</source>
        <translation>Không còn thiếu nhận xét: mọi đảng viên phải nhận xét đều đã có bản nhận xét đã ký.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Still missing (due, not signed): %1 comments in %2 cells, for %3 workplace organisations.</source>
        <translation>Còn thiếu (phải nhận xét, chưa ký): %1 bản ở %2 chi bộ, gửi %3 tổ chức đảng nơi công tác.</translation>
    </message>
</context>
<context>
    <name>cutru::Period</name>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
</context>
<context>
    <name>cutru::PlanYearDialog</name>
    <message>
        <source>Plan the year&apos;s meetings</source>
        <translation>Lập kế hoạch sinh hoạt năm</translation>
    </message>
    <message>
        <source>Creates the periodic meetings of the year for every village and residential-group cell under the chosen organisation, one in each period of the rule profile. Periods that already have a periodic meeting are left alone, so planning twice creates nothing new.</source>
        <translation>Tạo các buổi sinh hoạt định kỳ trong năm cho mọi chi bộ thôn, tổ dân phố thuộc tổ chức đã chọn, mỗi kỳ một buổi theo quy định đang áp dụng. Kỳ đã có buổi sinh hoạt định kỳ thì giữ nguyên, nên lập kế hoạch hai lần không tạo thêm buổi nào.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Cho:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Rule profile: %1. Dates: %2.</source>
        <translation>Quy định áp dụng: %1. Các ngày: %2.</translation>
    </message>
</context>
<context>
    <name>cutru::ProblemDialog</name>
    <message>
        <source>New problem</source>
        <translation>Thêm vướng mắc</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vướng mắc</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Vướng mắc:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Cách giải quyết:</translation>
    </message>
    <message>
        <source>Resolved on:</source>
        <translation>Ngày giải quyết:</translation>
    </message>
</context>
<context>
    <name>cutru::RecordHistoryWidget</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No changes are recorded for this record.</source>
        <translation>Chưa có thay đổi nào được ghi lại cho hồ sơ này.</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralActionDialog</name>
    <message>
        <source>Not exempt (attends meetings)</source>
        <translation>Không miễn (vẫn tham gia sinh hoạt)</translation>
    </message>
    <message>
        <source>Receive referrals</source>
        <translation>Tiếp nhận giấy giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>&amp;Reception date:</source>
        <translation>Ngày &amp;tiếp nhận:</translation>
    </message>
    <message>
        <source>Assign to a residence cell</source>
        <translation>Phân công về chi bộ nơi cư trú</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Each member to their recorded residence cell, when it is one of these</source>
        <translation>&amp;Mỗi đảng viên về chi bộ nơi cư trú đã ghi trong hồ sơ, nếu là một trong các chi bộ này</translation>
    </message>
    <message>
        <source>&amp;Assignment date:</source>
        <translation>&amp;Ngày phân công:</translation>
    </message>
    <message>
        <source>Exemption from meetings (Guideline 33)</source>
        <translation>Miễn sinh hoạt (Hướng dẫn 33)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>Last day of the exemption (dd/mm/yyyy); empty while it lasts.</source>
        <translation>Ngày cuối cùng được miễn (dd/mm/yyyy); để trống nếu vẫn đang được miễn.</translation>
    </message>
    <message>
        <source>End referrals</source>
        <translation>Kết thúc giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Ngày &amp;kết thúc:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Issue referral letters</source>
        <translation>Cấp giấy giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>Ngày &amp;cấp:</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>Chuyển nơi ở</translation>
    </message>
    <message>
        <source>&amp;New commune:</source>
        <translation>Xã, phường &amp;mới:</translation>
    </message>
    <message>
        <source>Date of the &amp;move:</source>
        <translation>Ngày &amp;chuyển:</translation>
    </message>
    <message>
        <source>The new residence is &amp;outside the province</source>
        <translation>Nơi ở mới ở &amp;ngoài tỉnh</translation>
    </message>
    <message>
        <source>Refer to a committee &amp;outside the province</source>
        <translation>Giới thiệu về đảng ủy ở &amp;ngoài tỉnh</translation>
    </message>
    <message>
        <source>Co&amp;mmittee:</source>
        <translation>Đảng ủ&amp;y:</translation>
    </message>
    <message>
        <source>e.g. Đảng ủy phường Hàng Bạc</source>
        <translation>ví dụ: Đảng ủy phường Hàng Bạc</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Required for “Other reason”</source>
        <translation>Bắt buộc khi chọn “Lý do khác”</translation>
    </message>
    <message>
        <source>Record reply slips</source>
        <translation>Ghi phiếu báo tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Date on the reply slip:</source>
        <translation>&amp;Ngày trên phiếu báo:</translation>
    </message>
    <message>
        <source>Members not to be referred</source>
        <translation>Đảng viên thuộc diện không giới thiệu</translation>
    </message>
    <message>
        <source>Print referral letters</source>
        <translation>In giấy giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>Tệp &amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Lưu vào…</translation>
    </message>
    <message>
        <source>&amp;Every letter the organisation issued in the year</source>
        <translation>&amp;Mọi giấy giới thiệu đơn vị đã cấp trong năm</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The current letters of the &amp;selected members (%Ln)</source>
        <translation>
            <numerusform>Giấy giới thiệu hiện hành của các đảng viên đã &amp;chọn (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not to be referred to the place of residence</source>
        <translation>&amp;Không giới thiệu về nơi cư trú</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralInboxModel</name>
    <message>
        <source>Waiting for reception</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Assigned to a cell</source>
        <translation>Đã phân công về chi bộ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: not received %n day(s) after the letter was issued.</source>
        <translation>
            <numerusform>Quá hạn: chưa được tiếp nhận sau %n ngày kể từ ngày cấp giấy giới thiệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Kết thúc ngày %1: %2</translation>
    </message>
    <message>
        <source>Exempt from %1 to %2</source>
        <translation>Miễn từ %1 đến %2</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(chưa xác định)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Tổ chức cấp giấy</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Số giấy</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Số ngày chờ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralQueries</name>
    <message>
        <source>Seeing referrals needs the role %1, %2, %3 or %4 for the organisation concerned.</source>
        <translation>Để xem giới thiệu sinh hoạt cần có vai trò %1, %2, %3 hoặc %4 đối với tổ chức liên quan.</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralService</name>
    <message>
        <source>This referral was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>Người khác vừa sửa giới thiệu sinh hoạt này. Hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <source>Choose the members to refer.</source>
        <translation>Hãy chọn đảng viên được giới thiệu.</translation>
    </message>
    <message>
        <source>The issue date is required.</source>
        <translation>Cần nhập ngày cấp giấy giới thiệu.</translation>
    </message>
    <message>
        <source>A chosen member no longer exists.</source>
        <translation>Một đảng viên đã chọn không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is not a working member (membership is not held in a workplace party organisation), so is not referred.</source>
        <translation>%1 không phải đảng viên đang công tác (không sinh hoạt ở tổ chức đảng cơ quan, doanh nghiệp) nên không được giới thiệu.</translation>
    </message>
    <message>
        <source>(%1 belongs to %2.)</source>
        <translation>(%1 thuộc %2.)</translation>
    </message>
    <message>
        <source>%1 is on the list of members not to be referred (Guideline 33).</source>
        <translation>%1 thuộc diện không giới thiệu (Hướng dẫn 33).</translation>
    </message>
    <message>
        <source>%1 already has an active referral (letter %2/%3 of %4); end it or record a move instead.</source>
        <translation>%1 đã có giới thiệu sinh hoạt còn hiệu lực (giấy giới thiệu số %2/%3 ngày %4); hãy kết thúc giới thiệu đó hoặc ghi nhận chuyển nơi ở.</translation>
    </message>
    <message>
        <source>%1 is chosen twice.</source>
        <translation>%1 được chọn hai lần.</translation>
    </message>
    <message>
        <source>The letter for %1 must go to a commune-level committee.</source>
        <translation>Giấy giới thiệu của %1 phải gửi đến một đảng bộ xã, phường, thị trấn.</translation>
    </message>
    <message>
        <source>%1 has no residence commune recorded: choose the receiving committee, or name the committee outside the province.</source>
        <translation>%1 chưa có xã, phường nơi cư trú trong hồ sơ: hãy chọn đảng ủy cơ sở tiếp nhận, hoặc ghi tên đảng ủy ở ngoài tỉnh.</translation>
    </message>
    <message>
        <source>Choose the referrals to receive.</source>
        <translation>Hãy chọn giấy giới thiệu cần tiếp nhận.</translation>
    </message>
    <message>
        <source>The reception date is required.</source>
        <translation>Cần nhập ngày tiếp nhận.</translation>
    </message>
    <message>
        <source>The referral of %1 goes outside the province; its reply slip is recorded by the issuing organisation.</source>
        <translation>Giấy giới thiệu của %1 gửi ra ngoài tỉnh; phiếu báo tiếp nhận do tổ chức đảng cấp giấy ghi nhận.</translation>
    </message>
    <message>
        <source>The referral of %1 has ended and cannot be received.</source>
        <translation>Giới thiệu sinh hoạt của %1 đã kết thúc, không tiếp nhận được.</translation>
    </message>
    <message>
        <source>The referral of %1 was already received on %2.</source>
        <translation>Giấy giới thiệu của %1 đã được tiếp nhận ngày %2.</translation>
    </message>
    <message>
        <source>The referral of %1 was issued on %2; it cannot be received before that.</source>
        <translation>Giấy giới thiệu của %1 được cấp ngày %2; không thể tiếp nhận trước ngày đó.</translation>
    </message>
    <message>
        <source>An ended referral cannot be reassigned.</source>
        <translation>Giới thiệu sinh hoạt đã kết thúc thì không phân công lại được.</translation>
    </message>
    <message>
        <source>Receive the referral before assigning a cell.</source>
        <translation>Hãy tiếp nhận giấy giới thiệu trước khi phân công về chi bộ.</translation>
    </message>
    <message>
        <source>Choose a village or residential-group cell of the receiving commune.</source>
        <translation>Hãy chọn một chi bộ thôn hoặc tổ dân phố của đảng ủy cơ sở tiếp nhận.</translation>
    </message>
    <message>
        <source>A member is assigned to a cell on or after reception (%1).</source>
        <translation>Ngày phân công về chi bộ không được trước ngày tiếp nhận (%1).</translation>
    </message>
    <message>
        <source>An ended referral cannot be changed.</source>
        <translation>Giới thiệu sinh hoạt đã kết thúc thì không sửa được.</translation>
    </message>
    <message>
        <source>This referral is to a commune of the province, which records its reception.</source>
        <translation>Giấy giới thiệu này gửi đến một xã, phường trong tỉnh; việc tiếp nhận do đảng ủy cơ sở đó ghi nhận.</translation>
    </message>
    <message>
        <source>The reply slip&apos;s date cannot be before the letter&apos;s (%1).</source>
        <translation>Ngày của phiếu báo tiếp nhận không được trước ngày cấp giấy giới thiệu (%1).</translation>
    </message>
    <message>
        <source>This referral has already ended (%1).</source>
        <translation>Giới thiệu sinh hoạt này đã kết thúc (%1).</translation>
    </message>
    <message>
        <source>The date the referral ends is required.</source>
        <translation>Cần nhập ngày kết thúc giới thiệu sinh hoạt.</translation>
    </message>
    <message>
        <source>A move ends the referral and issues a new one: use Move instead.</source>
        <translation>Chuyển nơi ở sẽ kết thúc giới thiệu hiện tại và cấp giấy giới thiệu mới: hãy dùng chức năng Chuyển nơi ở.</translation>
    </message>
    <message>
        <source>Choose the new residence&apos;s commune-level committee.</source>
        <translation>Hãy chọn đảng bộ xã, phường, thị trấn của nơi ở mới.</translation>
    </message>
    <message>
        <source>Say why the member is not referred (Guideline 33).</source>
        <translation>Hãy ghi lý do đảng viên không được giới thiệu (Hướng dẫn 33).</translation>
    </message>
    <message>
        <source>%1 has an active referral: end it first.</source>
        <translation>%1 đang có giới thiệu sinh hoạt còn hiệu lực: hãy kết thúc trước.</translation>
    </message>
    <message>
        <source>Choose the referrals.</source>
        <translation>Hãy chọn giấy giới thiệu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A referral is chosen twice.</source>
        <translation>Một giấy giới thiệu được chọn hai lần.</translation>
    </message>
    <message>
        <source>Choose the members.</source>
        <translation>Hãy chọn đảng viên.</translation>
    </message>
    <message>
        <source>(%1 is not a member of your organisation.)</source>
        <translation>(%1 không phải đảng viên của tổ chức bạn.)</translation>
    </message>
</context>
<context>
    <name>cutru::ReferralsPage</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Tất cả tổ chức</translation>
    </message>
    <message>
        <source>Active (pending first)</source>
        <translation>Còn hiệu lực (chờ tiếp nhận lên trước)</translation>
    </message>
    <message>
        <source>Waiting for reception</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Received, no cell yet</source>
        <translation>Đã tiếp nhận, chưa phân công chi bộ</translation>
    </message>
    <message>
        <source>Assigned to a cell</source>
        <translation>Đã phân công về chi bộ</translation>
    </message>
    <message>
        <source>Exempt from meetings</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Without an active referral</source>
        <translation>Chưa có giới thiệu sinh hoạt còn hiệu lực</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln giấy giới thiệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue (not received after %1 days)</source>
        <translation>
            <numerusform> · %Ln quá hạn (chưa được tiếp nhận sau %1 ngày)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working member(s)</source>
        <translation>
            <numerusform>%Ln đảng viên đang công tác</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role cannot change referrals here.</source>
        <translation>Vai trò của bạn không được thay đổi giới thiệu sinh hoạt ở đây.</translation>
    </message>
    <message numerus="yes">
        <source>Received %Ln referral(s) on %1.</source>
        <translation>
            <numerusform>Đã tiếp nhận %Ln giấy giới thiệu ngày %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the chosen referrals are no longer listed: reload and try again.</source>
        <translation>Một số giấy giới thiệu đã chọn không còn trong danh sách: hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <source>The referral of %1 has ended.</source>
        <translation>Giới thiệu sinh hoạt của %1 đã kết thúc.</translation>
    </message>
    <message>
        <source>The referral of %1 has not been received yet: receive it first.</source>
        <translation>Giấy giới thiệu của %1 chưa được tiếp nhận: hãy tiếp nhận trước.</translation>
    </message>
    <message>
        <source>Choose referrals addressed to one commune: each commune has its own cells.</source>
        <translation>Hãy chọn các giấy giới thiệu gửi đến cùng một xã, phường: mỗi xã, phường có các chi bộ riêng.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln member(s) to residence cells on %1.</source>
        <translation>
            <numerusform>Đã phân công %Ln đảng viên về chi bộ nơi cư trú ngày %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) exempt from meetings: %1.</source>
        <translation>
            <numerusform>%Ln đảng viên được miễn sinh hoạt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) no longer exempt.</source>
        <translation>
            <numerusform>%Ln đảng viên không còn được miễn sinh hoạt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referral of %1 has already ended (%2).</source>
        <translation>Giới thiệu sinh hoạt của %1 đã kết thúc (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Ended %Ln referral(s) on %1: %2.</source>
        <translation>
            <numerusform>Đã kết thúc %Ln giới thiệu sinh hoạt ngày %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>already referred (letter %1/%2 of %3)</source>
        <translation>đã được giới thiệu (giấy giới thiệu số %1/%2 ngày %3)</translation>
    </message>
    <message>
        <source>on the list of members not to be referred</source>
        <translation>thuộc diện không giới thiệu</translation>
    </message>
    <message>
        <source>no residence commune recorded</source>
        <translation>chưa ghi xã, phường nơi cư trú</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen member(s) no longer listed</source>
        <translation>
            <numerusform>%Ln đảng viên đã chọn không còn trong danh sách</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter issued: %1.</source>
        <translation>Chưa cấp giấy giới thiệu nào: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln referral letter(s) dated %1</source>
        <translation>
            <numerusform>Đã cấp %Ln giấy giới thiệu sinh hoạt ngày %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, number %1/%2.</source>
        <translation>, số %1/%2.</translation>
    </message>
    <message>
        <source>, numbers %1 to %2/%3.</source>
        <translation>, từ số %1 đến số %2/%3.</translation>
    </message>
    <message>
        <source>Not issued: %1.</source>
        <translation>Chưa cấp: %1.</translation>
    </message>
    <message>
        <source>%1 has no active referral to move: issue one instead.</source>
        <translation>%1 chưa có giới thiệu sinh hoạt còn hiệu lực để chuyển: hãy cấp giấy giới thiệu mới.</translation>
    </message>
    <message>
        <source>Some of the chosen members are no longer listed: reload and try again.</source>
        <translation>Một số đảng viên đã chọn không còn trong danh sách: hãy tải lại rồi thử lại.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln member(s) on %1: a new letter went to the new residence.</source>
        <translation>
            <numerusform>Đã chuyển nơi ở cho %Ln đảng viên ngày %1: giấy giới thiệu mới đã gửi về nơi ở mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no active referral.</source>
        <translation>%1 không có giới thiệu sinh hoạt còn hiệu lực.</translation>
    </message>
    <message numerus="yes">
        <source>Receive %Ln referral letter(s), all on the same date: %1.</source>
        <translation>
            <numerusform>Tiếp nhận %Ln giấy giới thiệu sinh hoạt, cùng một ngày: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no village or residential-group cell to assign members to.</source>
        <translation>%1 chưa có chi bộ thôn hoặc tổ dân phố nào để phân công đảng viên về.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln member(s) received by %1 to a residence cell: %2.</source>
        <translation>
            <numerusform>Phân công %Ln đảng viên do %1 tiếp nhận về chi bộ nơi cư trú: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exempt from residence meetings and the routine annual comment, received like the others (Guideline 33): %1.</source>
        <translation>Miễn sinh hoạt ở nơi cư trú và miễn nhận xét định kỳ hằng năm, nhưng vẫn được tiếp nhận như các đảng viên khác (Hướng dẫn 33): %1.</translation>
    </message>
    <message>
        <source>End the referral of %1. An ended referral cannot be received or reassigned; a move is recorded by the workplace organisation.</source>
        <translation>Kết thúc giới thiệu sinh hoạt của %1. Giới thiệu đã kết thúc thì không tiếp nhận hay phân công lại được; việc chuyển nơi ở do tổ chức đảng nơi công tác ghi nhận.</translation>
    </message>
    <message>
        <source>No letter to issue: %1.</source>
        <translation>Không có giấy giới thiệu nào để cấp: %1.</translation>
    </message>
    <message>
        <source>%1 has no residence commune in this database. Name the committee outside the province the letter goes to, or record the residence in the member&apos;s form first.</source>
        <translation>%1 chưa có xã, phường nơi cư trú trong cơ sở dữ liệu này. Hãy ghi tên đảng ủy ngoài tỉnh nhận giấy giới thiệu, hoặc ghi nơi cư trú vào hồ sơ đảng viên trước.</translation>
    </message>
    <message numerus="yes">
        <source>Issue %Ln referral letter(s), each to the commune-level committee of the member&apos;s residence: %1.</source>
        <translation>
            <numerusform>Cấp %Ln giấy giới thiệu sinh hoạt, mỗi giấy gửi đảng bộ xã, phường, thị trấn nơi đảng viên cư trú: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the committee the letter goes to.</source>
        <translation>Hãy ghi tên đảng ủy nhận giấy giới thiệu.</translation>
    </message>
    <message>
        <source>No active referral to move for %1: issue one instead.</source>
        <translation>%1 không có giới thiệu sinh hoạt còn hiệu lực để chuyển: hãy cấp giấy giới thiệu mới.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Moving house: the current referral of %1 ends (“moved”) and a new letter goes to the new residence, in one step; the history stays.</source>
        <translation>Chuyển nơi ở: giới thiệu sinh hoạt hiện tại của %1 kết thúc (“chuyển nơi cư trú”) và giấy giới thiệu mới được gửi về nơi ở mới, trong cùng một bước; lịch sử vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>End the referral of %1 (retired, membership transferred, deceased or another reason). For a move, use Move… instead.</source>
        <translation>Kết thúc giới thiệu sinh hoạt của %1 (nghỉ hưu, chuyển sinh hoạt đảng, từ trần hoặc lý do khác). Nếu chuyển nơi ở, hãy dùng nút “Chuyển nơi ở…”.</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Hộp đến</translation>
    </message>
    <message>
        <source>Referral letters addressed to your commune(s)</source>
        <translation>Giấy giới thiệu sinh hoạt gửi đến xã, phường của bạn</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>Cơ &amp;quan, doanh nghiệp</translation>
    </message>
    <message>
        <source>Working members of your workplace party organisation(s) and their referrals</source>
        <translation>Đảng viên đang công tác ở tổ chức đảng cơ quan, doanh nghiệp của bạn và việc giới thiệu sinh hoạt của họ</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Hiể&amp;n thị:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tì&amp;m kiếm:</translation>
    </message>
    <message>
        <source>Name or party card number</source>
        <translation>Họ tên hoặc số thẻ đảng viên</translation>
    </message>
    <message>
        <source>O&amp;verdue after:</source>
        <translation>Q&amp;uá hạn sau:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>A letter not received this many days after it was issued is overdue.</source>
        <translation>Giấy giới thiệu chưa được tiếp nhận sau số ngày này kể từ ngày cấp thì bị coi là quá hạn.</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>Tiế&amp;p nhận…</translation>
    </message>
    <message>
        <source>&amp;Assign cell…</source>
        <translation>Phân công &amp;về chi bộ…</translation>
    </message>
    <message>
        <source>E&amp;xempt…</source>
        <translation>Miễn &amp;sinh hoạt…</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>Kết thú&amp;c…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Issue referrals…</source>
        <translation>Cấ&amp;p giấy giới thiệu…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Chu&amp;yển nơi ở…</translation>
    </message>
    <message>
        <source>%1 has no current letter to a committee outside the province.</source>
        <translation>%1 không có giấy giới thiệu hiện hành gửi cấp ủy ngoài tỉnh.</translation>
    </message>
    <message>
        <source>The reply slip for %1 was already recorded (%2).</source>
        <translation>Phiếu báo tiếp nhận của %1 đã được ghi (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %Ln reply slip(s) dated %1.</source>
        <translation>
            <numerusform>Đã ghi %Ln phiếu báo tiếp nhận ngày %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) put on the list of members not to be referred.</source>
        <translation>
            <numerusform>Đã đưa %Ln đảng viên vào diện không giới thiệu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) taken off the list of members not to be referred.</source>
        <translation>
            <numerusform>Đã đưa %Ln đảng viên ra khỏi diện không giới thiệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reply slip is awaited for %1: only letters to committees outside the province are completed by their reply slip.</source>
        <translation>Không có phiếu báo nào đang chờ đối với %1: chỉ giấy giới thiệu gửi cấp ủy ngoài tỉnh mới hoàn tất bằng phiếu báo tiếp nhận.</translation>
    </message>
    <message>
        <source>The committee outside the province sent back the reply slip for %1: enter its date to complete the referral.</source>
        <translation>Cấp ủy ngoài tỉnh đã gửi lại phiếu báo tiếp nhận của %1: nhập ngày trên phiếu để hoàn tất việc giới thiệu.</translation>
    </message>
    <message>
        <source>Guideline 33: members on secret duties or in standing combat-ready units are not referred to their place of residence. Members: %1.</source>
        <translation>Hướng dẫn 33: đảng viên làm nhiệm vụ đặc biệt hoặc ở đơn vị thường trực sẵn sàng chiến đấu không giới thiệu về nơi cư trú. Đảng viên: %1.</translation>
    </message>
    <message>
        <source>Writing referral letters to %1…</source>
        <translation>Đang ghi giấy giới thiệu vào %1…</translation>
    </message>
    <message>
        <source>Print referral letters</source>
        <translation>In giấy giới thiệu</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln referral letter(s) to %1.</source>
        <translation>
            <numerusform>Đã ghi %Ln giấy giới thiệu vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the referral letters was cancelled; no file was written.</source>
        <translation>Đã hủy in giấy giới thiệu; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Referral letters print as one PDF, one letter per A4 page with its reply slip, in the official format.</source>
        <translation>Giấy giới thiệu được in thành một tệp PDF, mỗi giấy một trang A4 kèm phiếu báo tiếp nhận, theo thể thức văn bản của Đảng.</translation>
    </message>
    <message>
        <source>referral-letters-%1.pdf</source>
        <translation>giay-gioi-thieu-%1.pdf</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Hãy chọn tệp PDF để ghi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Hãy chọn đơn vị.</translation>
    </message>
    <message>
        <source>Letters are being written already; wait for them.</source>
        <translation>Đang ghi giấy giới thiệu; hãy chờ xong.</translation>
    </message>
    <message>
        <source>Reply s&amp;lip…</source>
        <translation>Phiếu &amp;báo…</translation>
    </message>
    <message>
        <source>&amp;Not to be referred…</source>
        <translation>&amp;Không giới thiệu…</translation>
    </message>
    <message>
        <source>&amp;Print letters…</source>
        <translation>&amp;In giấy giới thiệu…</translation>
    </message>
</context>
<context>
    <name>cutru::ReportDocumentDialog</name>
    <message>
        <source>Document details</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>What the PDF prints around the report, in the official format.</source>
        <translation>Những gì bản PDF in quanh báo cáo, theo thể thức văn bản của Đảng.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Empty: a blank to fill in by hand</source>
        <translation>Để trống: chừa chỗ điền tay</translation>
    </message>
    <message>
        <source>Empty: “Số …-%1”, to fill in by hand</source>
        <translation>Để trống: “Số …-%1”, điền tay</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Địa danh:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Empty: a blank to sign above</source>
        <translation>Để trống: chừa chỗ ký</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Tiếp tục…</translation>
    </message>
</context>
<context>
    <name>cutru::ReportScope</name>
    <message>
        <source>The database holds no organisation yet.</source>
        <translation>Cơ sở dữ liệu chưa có tổ chức nào.</translation>
    </message>
    <message>
        <source>No organisation has the code &apos;%1&apos;.</source>
        <translation>Không có tổ chức nào có mã &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The organisation of the report could not be found.</source>
        <translation>Không tìm thấy tổ chức của báo cáo.</translation>
    </message>
    <message>
        <source>Your account does not reach %1. %2</source>
        <translation>Tài khoản của bạn không có quyền với %1. %2</translation>
    </message>
</context>
<context>
    <name>cutru::ReportTableModel</name>
    <message>
        <source>Double-click or press Enter to show this report for %1.</source>
        <translation>Nhấp đúp hoặc nhấn Enter để xem báo cáo này cho %1.</translation>
    </message>
</context>
<context>
    <name>cutru::ReportsPage</name>
    <message>
        <source>Scope: the organisations your account reaches</source>
        <translation>Phạm vi: các tổ chức tài khoản của bạn được xem</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Phạm vi: %1</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Your account may not read reports. %1</source>
        <translation>Tài khoản của bạn không được xem báo cáo. %1</translation>
    </message>
    <message>
        <source>Choose a report and its period, then Compute.</source>
        <translation>Chọn báo cáo và kỳ báo cáo, rồi nhấn Lập báo cáo.</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>Không lập được báo cáo.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>report-%1-%2.%3</source>
        <translation>bao-cao-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook</source>
        <translation>Lưu báo cáo thành tệp Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Lưu báo cáo thành CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Half:</source>
        <translation>Nửa nă&amp;m:</translation>
    </message>
    <message>
        <source>First half (January–June)</source>
        <translation>6 tháng đầu năm (tháng 1–6)</translation>
    </message>
    <message>
        <source>Second half (July–December)</source>
        <translation>6 tháng cuối năm (tháng 7–12)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>One level down</source>
        <translation>Cấp trực thuộc</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Theo huyện</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>Theo xã, phường, thị trấn</translation>
    </message>
    <message>
        <source>By cell</source>
        <translation>Theo chi bộ</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Đả&amp;ng viên:</translation>
    </message>
    <message>
        <source>Party card number or CCCD</source>
        <translation>Số thẻ đảng viên hoặc số CCCD</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <source>Computes the chosen report for the scope and period</source>
        <translation>Lập báo cáo đã chọn cho phạm vi và kỳ báo cáo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Back to the report before the last drill-down</source>
        <translation>Trở lại báo cáo trước lần xem chi tiết vừa rồi</translation>
    </message>
    <message>
        <source>The report in the official format, as a PDF file</source>
        <translation>Báo cáo theo thể thức văn bản của Đảng, dạng tệp PDF</translation>
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
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>&amp;Dòng:</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>&amp;PDF…</translation>
    </message>
</context>
<context>
    <name>cutru::ResetPasswordDialog</name>
    <message>
        <source>Reset password — %1</source>
        <translation>Đặt lại mật khẩu — %1</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2).</source>
        <translation>Đặt mật khẩu mới cho %1 (%2).</translation>
    </message>
    <message>
        <source>Its owner must choose their own password at the next sign-in.</source>
        <translation>Người dùng phải tự chọn mật khẩu riêng ở lần đăng nhập tiếp theo.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>Mật khẩu có ít nhất %n ký tự, gồm cả chữ cái và chữ số.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Đặt lại mật &amp;khẩu</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Password not reset</source>
        <translation>Chưa đặt lại được mật khẩu</translation>
    </message>
</context>
<context>
    <name>cutru::Residence</name>
    <message>
        <source>Choose the member to refer.</source>
        <translation>Chọn đảng viên được giới thiệu.</translation>
    </message>
    <message>
        <source>Choose the issuing party organisation.</source>
        <translation>Chọn tổ chức đảng cấp giấy giới thiệu.</translation>
    </message>
    <message>
        <source>The issue date is required.</source>
        <translation>Cần nhập ngày cấp giấy giới thiệu.</translation>
    </message>
    <message>
        <source>The letter needs a number and a year.</source>
        <translation>Giấy giới thiệu cần có số và năm.</translation>
    </message>
    <message>
        <source>Choose the receiving commune, or name the committee outside the province.</source>
        <translation>Chọn đảng bộ xã, phường, thị trấn tiếp nhận, hoặc ghi tên đảng ủy ở ngoài tỉnh.</translation>
    </message>
    <message>
        <source>A referral cannot be received before it was issued.</source>
        <translation>Ngày tiếp nhận không được trước ngày cấp giấy giới thiệu.</translation>
    </message>
    <message>
        <source>A referral is received before it is assigned to a cell.</source>
        <translation>Phải tiếp nhận trước khi phân công về chi bộ.</translation>
    </message>
    <message>
        <source>A referral outside the province is not assigned to a cell here.</source>
        <translation>Giấy giới thiệu ra ngoài tỉnh thì không phân công về chi bộ ở đây.</translation>
    </message>
    <message>
        <source>A member is assigned to a cell on or after reception.</source>
        <translation>Ngày phân công về chi bộ không được trước ngày tiếp nhận.</translation>
    </message>
    <message>
        <source>Give the Guideline 33 reason for the exemption.</source>
        <translation>Ghi lý do miễn theo Hướng dẫn 33.</translation>
    </message>
    <message>
        <source>The exemption ends before it starts.</source>
        <translation>Thời gian miễn kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Give the reason the referral ended.</source>
        <translation>Ghi lý do kết thúc giới thiệu sinh hoạt.</translation>
    </message>
    <message>
        <source>Describe the reason in a note.</source>
        <translation>Ghi rõ lý do trong phần ghi chú.</translation>
    </message>
    <message>
        <source>A referral cannot end before it was issued.</source>
        <translation>Ngày kết thúc không được trước ngày cấp giấy giới thiệu.</translation>
    </message>
    <message>
        <source>Choose the cell holding the meeting.</source>
        <translation>Chọn chi bộ tổ chức sinh hoạt.</translation>
    </message>
    <message>
        <source>The meeting date is required.</source>
        <translation>Cần nhập ngày sinh hoạt.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Sức chứa không được là số âm.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>Số khách mời không được là số âm.</translation>
    </message>
    <message>
        <source>The attendance belongs to a meeting.</source>
        <translation>Điểm danh phải thuộc một buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>The attendance names a member.</source>
        <translation>Điểm danh phải ghi rõ đảng viên.</translation>
    </message>
    <message>
        <source>An excused absence needs its reason.</source>
        <translation>Vắng có lý do thì cần ghi lý do.</translation>
    </message>
    <message>
        <source>The comment names a member.</source>
        <translation>Nhận xét phải ghi rõ đảng viên.</translation>
    </message>
    <message>
        <source>The comment&apos;s year is out of range.</source>
        <translation>Năm nhận xét không hợp lệ.</translation>
    </message>
    <message>
        <source>A comment is received after it is sent.</source>
        <translation>Ngày tiếp nhận bản nhận xét không được trước ngày gửi.</translation>
    </message>
    <message>
        <source>The cadre&apos;s name is required.</source>
        <translation>Cần nhập họ tên cán bộ.</translation>
    </message>
    <message>
        <source>Choose the liaison cadre.</source>
        <translation>Chọn cán bộ được phân công.</translation>
    </message>
    <message>
        <source>Choose the commune visited.</source>
        <translation>Chọn xã, phường, thị trấn đến làm việc.</translation>
    </message>
    <message>
        <source>The visit date is required.</source>
        <translation>Cần nhập ngày đến làm việc.</translation>
    </message>
    <message>
        <source>A problem is resolved after the visit that raised it.</source>
        <translation>Ngày giải quyết không được trước ngày làm việc nêu ra vướng mắc.</translation>
    </message>
    <message>
        <source>The meetings attended and excused cannot exceed the meetings held.</source>
        <translation>Tổng số buổi dự sinh hoạt và vắng có lý do không được vượt quá số buổi sinh hoạt đã tổ chức.</translation>
    </message>
    <message>
        <source>The date the comment was drafted is required.</source>
        <translation>Phải ghi ngày lập dự thảo nhận xét.</translation>
    </message>
    <message>
        <source>A comment is signed on or after the day it was drafted.</source>
        <translation>Ngày ký bản nhận xét không được trước ngày lập dự thảo.</translation>
    </message>
    <message>
        <source>Write this point before signing.</source>
        <translation>Hãy ghi nội dung này trước khi ký.</translation>
    </message>
    <message>
        <source>Choose the conclusion before signing.</source>
        <translation>Hãy chọn kết luận trước khi ký.</translation>
    </message>
    <message>
        <source>Name who signs for the cell committee.</source>
        <translation>Hãy ghi tên người ký thay mặt chi ủy.</translation>
    </message>
    <message>
        <source>A comment is sent after it is signed.</source>
        <translation>Chỉ gửi bản nhận xét sau khi đã ký.</translation>
    </message>
    <message>
        <source>A comment is sent on or after the day it was signed.</source>
        <translation>Ngày gửi bản nhận xét không được trước ngày ký.</translation>
    </message>
    <message>
        <source>The request names a member.</source>
        <translation>Đề nghị phải ghi rõ đảng viên.</translation>
    </message>
    <message>
        <source>The request&apos;s year is out of range.</source>
        <translation>Năm của đề nghị không hợp lệ.</translation>
    </message>
    <message>
        <source>The date of the request is required.</source>
        <translation>Phải ghi ngày đề nghị.</translation>
    </message>
    <message>
        <source>Say why the comment is requested.</source>
        <translation>Hãy ghi lý do đề nghị nhận xét.</translation>
    </message>
    <message>
        <source>Choose the district or commune assigned.</source>
        <translation>Hãy chọn huyện hoặc xã được phân công.</translation>
    </message>
    <message>
        <source>The first day of the assignment is required.</source>
        <translation>Phải ghi ngày bắt đầu phân công.</translation>
    </message>
    <message>
        <source>An assignment ends on or after the day it begins.</source>
        <translation>Ngày kết thúc phân công không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Hãy mô tả vướng mắc.</translation>
    </message>
    <message>
        <source>The date the problem was resolved is required.</source>
        <translation>Phải ghi ngày giải quyết vướng mắc.</translation>
    </message>
    <message>
        <source>Say how the problem was resolved.</source>
        <translation>Hãy ghi cách giải quyết vướng mắc.</translation>
    </message>
    <message>
        <source>Only a resolved problem has a resolution date.</source>
        <translation>Chỉ vướng mắc đã giải quyết mới có ngày giải quyết.</translation>
    </message>
</context>
<context>
    <name>cutru::SignCommentDialog</name>
    <message>
        <source>Sign the comment</source>
        <translation>Ký bản nhận xét</translation>
    </message>
    <message>
        <source>e.g. Bí thư, Phó Bí thư</source>
        <translation>VD: Bí thư, Phó Bí thư</translation>
    </message>
    <message>
        <source>Signed by (for the cell committee):</source>
        <translation>Người ký (thay mặt chi ủy):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày ký:</translation>
    </message>
</context>
<context>
    <name>cutru::SignInDialog</name>
    <message>
        <source>Sign in — CuTru</source>
        <translation>Đăng nhập — CuTru</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database.&lt;/b&gt; Sign in with one of these accounts; each has the password &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Cơ sở dữ liệu mẫu.&lt;/b&gt; Hãy đăng nhập bằng một trong các tài khoản sau; tài khoản nào cũng có mật khẩu &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>You are not signed in: the password of %1 must be changed first.</source>
        <translation>Bạn chưa đăng nhập được: cần đổi mật khẩu của %1 trước.</translation>
    </message>
</context>
<context>
    <name>cutru::VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Thêm lần về cơ sở</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Lần về cơ sở</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Liaison cadre:</source>
        <translation>Cán bộ được phân công:</translation>
    </message>
    <message>
        <source>Visit date:</source>
        <translation>Ngày về cơ sở:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <source>Cell:</source>
        <translation>Chi bộ:</translation>
    </message>
    <message>
        <source>Meeting attended:</source>
        <translation>Buổi sinh hoạt đã dự:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Vướng mắc nêu ra</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vướng mắc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Cách giải quyết</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Ngày giải quyết</translation>
    </message>
    <message>
        <source>Add problem…</source>
        <translation>Thêm vướng mắc…</translation>
    </message>
    <message>
        <source>Show problem…</source>
        <translation>Xem vướng mắc…</translation>
    </message>
    <message>
        <source>Edit problem…</source>
        <translation>Sửa vướng mắc…</translation>
    </message>
    <message>
        <source>(the commune&apos;s committee)</source>
        <translation>(đảng ủy xã)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(chưa ghi nhận)</translation>
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
        <translation>%1 (theo kế hoạch)</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Vướng mắc %1: %2</translation>
    </message>
</context>
<context>
    <name>cutru::WorkProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>cutru::WorkingMembersModel</name>
    <message>
        <source>Not referred</source>
        <translation>Chưa giới thiệu</translation>
    </message>
    <message>
        <source>Issued, not received</source>
        <translation>Đã cấp giấy, chưa tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Assigned to a cell</source>
        <translation>Đã phân công về chi bộ</translation>
    </message>
    <message>
        <source>Exempt from meetings</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Not to be referred</source>
        <translation>Không giới thiệu</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Kết thúc ngày %1: %2</translation>
    </message>
    <message>
        <source>%1 (outside the database)</source>
        <translation>%1 (ngoài cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Nơi cư trú</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Giới thiệu sinh hoạt</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Số giấy</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
</context>
<context>
    <name>cutru::cli</name>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>&apos;init&apos; needs --out FILE.</source>
        <translation>Lệnh &apos;init&apos; cần --out TỆP.</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>Đã tạo %1 (phiên bản lược đồ %2).</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed nhận một số nguyên từ 0 đến 4294967295.</translation>
    </message>
    <message>
        <source>--scale takes a number greater than 0 and at most 1.</source>
        <translation>--scale nhận một số lớn hơn 0 và không quá 1.</translation>
    </message>
    <message>
        <source>Created the demo province in %1 in %2 s.</source>
        <translation>Đã tạo tỉnh mẫu tại %1 trong %2 giây.</translation>
    </message>
    <message>
        <source>&apos;info&apos; needs --db FILE.</source>
        <translation>Lệnh &apos;info&apos; cần --db TỆP.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Phiên bản lược đồ: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>The file to create.</source>
        <translation>Tệp cần tạo.</translation>
    </message>
    <message>
        <source>Random seed of the demo province (default 2012).</source>
        <translation>Hạt giống ngẫu nhiên của tỉnh mẫu (mặc định 2012).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Size of the demo province, 0 &lt; X &lt;= 1 (default 1).</source>
        <translation>Quy mô tỉnh mẫu, 0 &lt; X &lt;= 1 (mặc định 1).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Log more detail to stderr.</source>
        <translation>Ghi nhật ký chi tiết hơn ra stderr.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run cutru-cli --help.</source>
        <translation>Không có lệnh &apos;%1&apos;. Chạy cutru-cli --help để xem hướng dẫn.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>Note: the password of %1 must be changed; sign in to the desktop application to change it.</source>
        <translation>Lưu ý: cần đổi mật khẩu của %1; hãy đăng nhập vào ứng dụng CuTru trên máy tính để đổi.</translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation>Mật khẩu cho quản trị viên mới %1: </translation>
    </message>
    <message>
        <source>Created the administrator account %1 (provincial board over the whole database).</source>
        <translation>Đã tạo tài khoản quản trị %1 (Ban Tổ chức tỉnh trên toàn bộ cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>Acting as: %1 (%2)</source>
        <translation>Làm việc với tư cách: %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs --db FILE and --out FILE.</source>
        <translation>Lệnh &apos;backup&apos; cần --db TỆP và --out TỆP.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Tệp cơ sở dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Đang sao lưu</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 in %3 s.</source>
        <translation>Đã sao lưu %1 vào %2 trong %3 giây.</translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs --db FILE and --from FILE.</source>
        <translation>Lệnh &apos;restore&apos; cần --db TỆP và --from TỆP.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Members: %1, organisations: %2</source>
        <translation>Đảng viên: %1, tổ chức: %2</translation>
    </message>
    <message>
        <source>Newest change: %1</source>
        <translation>Thay đổi gần nhất: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Đã khôi phục %1 từ %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>Cơ sở dữ liệu trước khi khôi phục được giữ lại trong %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>init: create this first administrator account (password from CUTRU_PASSWORD or asked).</source>
        <translation>init: tạo tài khoản quản trị viên đầu tiên này (mật khẩu lấy từ CUTRU_PASSWORD hoặc được hỏi).</translation>
    </message>
    <message>
        <source>init: the administrator&apos;s full name.</source>
        <translation>init: họ và tên của quản trị viên.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>CHUỖI</translation>
    </message>
    <message>
        <source>%1 has no user accounts yet (it was made by an older CuTru): run the command without --user, as the file&apos;s local administrator.</source>
        <translation>%1 chưa có tài khoản người dùng nào (tệp do phiên bản CuTru cũ hơn tạo): hãy chạy lệnh không có --user, với tư cách quản trị cục bộ của tệp.</translation>
    </message>
    <message>
        <source>&apos;referrals list&apos; needs --db FILE.</source>
        <translation>Lệnh &apos;referrals list&apos; cần --db TỆP.</translation>
    </message>
    <message>
        <source>--status takes issued, received, assigned or ended.</source>
        <translation>--status nhận issued, received, assigned hoặc ended.</translation>
    </message>
    <message>
        <source>--format takes csv or text.</source>
        <translation>--format nhận csv hoặc text.</translation>
    </message>
    <message>
        <source>There is no commune-level committee with the code %1 in %2.</source>
        <translation>Không có đảng bộ xã, phường, thị trấn nào mang mã %1 trong %2.</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Issuing code</source>
        <translation>Mã tổ chức cấp giấy</translation>
    </message>
    <message>
        <source>Issuing organisation</source>
        <translation>Tổ chức đảng cấp giấy</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Số giấy</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Receiving code</source>
        <translation>Mã đảng ủy tiếp nhận</translation>
    </message>
    <message>
        <source>Receiving committee</source>
        <translation>Đảng ủy cơ sở tiếp nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Assigned cell</source>
        <translation>Chi bộ được phân công về</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ngày phân công</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Referrals: %1/%2</source>
        <translation>Giới thiệu sinh hoạt: %1/%2</translation>
    </message>
    <message>
        <source>&apos;referrals letters&apos; needs --db FILE, --org CODE, --year YEAR and --out FILE.pdf.</source>
        <translation>Lệnh &apos;referrals letters&apos; cần --db TỆP, --org MÃ, --year NĂM và --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>There is no organisation with the code %1 in %2.</source>
        <translation>Không có tổ chức nào mang mã %1 trong %2.</translation>
    </message>
    <message>
        <source>%1 issued no referral letters in %2.</source>
        <translation>%1 không cấp giấy giới thiệu sinh hoạt nào trong năm %2.</translation>
    </message>
    <message>
        <source>Letters: %1/%2</source>
        <translation>Giấy giới thiệu: %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) of %1 for %2 to %3.</source>
        <translation>
            <numerusform>Đã ghi %n giấy giới thiệu của %1 năm %2 vào %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>referrals: the issuing organisation&apos;s code.</source>
        <translation>referrals: mã của tổ chức đảng cấp giấy.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>referrals list: issued, received, assigned or ended.</source>
        <translation>referrals list: issued, received, assigned hoặc ended.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>TRẠNG_THÁI</translation>
    </message>
    <message>
        <source>referrals list: the receiving commune&apos;s code.</source>
        <translation>referrals list: mã của đảng ủy cơ sở tiếp nhận.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>&apos;meetings plan&apos; needs --db FILE and --year YEAR.</source>
        <translation>Lệnh &apos;meetings plan&apos; cần --db TỆP và --year NĂM.</translation>
    </message>
    <message>
        <source>%1 has no organisations yet.</source>
        <translation>%1 chưa có tổ chức nào.</translation>
    </message>
    <message>
        <source>%1 Give --scope CODE: the commune or district you plan for.</source>
        <translation>%1 Hãy ghi --scope MÃ: xã hoặc huyện cần lập kế hoạch.</translation>
    </message>
    <message>
        <source>Scope: %1 (%2)</source>
        <translation>Phạm vi: %1 (%2)</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Năm: %1</translation>
    </message>
    <message>
        <source>Residence cells: %1</source>
        <translation>Chi bộ thôn, tổ dân phố: %1</translation>
    </message>
    <message>
        <source>Meetings created: %1</source>
        <translation>Buổi sinh hoạt đã tạo: %1</translation>
    </message>
    <message>
        <source>Already planned or held: %1</source>
        <translation>Đã có kế hoạch hoặc đã tổ chức: %1</translation>
    </message>
    <message>
        <source>&apos;meetings list&apos; needs --db FILE and --cell CODE.</source>
        <translation>Lệnh &apos;meetings list&apos; cần --db TỆP và --cell MÃ.</translation>
    </message>
    <message>
        <source>--year takes a year from 1990 to 2100.</source>
        <translation>--year nhận một năm từ 1990 đến 2100.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a cell.</source>
        <translation>%1 (%2) không phải là chi bộ.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Phải dự</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>&apos;meetings sheet&apos; needs --db FILE, --meeting ID and --out FILE.pdf.</source>
        <translation>Lệnh &apos;meetings sheet&apos; cần --db TỆP, --meeting SỐ và --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>There is no meeting number %1 in %2.</source>
        <translation>Không có buổi sinh hoạt số %1 trong %2.</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet of the meeting of %1 on %2 to %3.</source>
        <translation>Đã ghi danh sách ký tên buổi sinh hoạt của %1 ngày %2 vào %3.</translation>
    </message>
    <message>
        <source>Wrote the attendance record of the meeting of %1 on %2 to %3.</source>
        <translation>Đã ghi biên bản sinh hoạt của %1 ngày %2 vào %3.</translation>
    </message>
    <message>
        <source>&apos;attendance import&apos; needs a CSV file and --db FILE.</source>
        <translation>Lệnh &apos;attendance import&apos; cần một tệp CSV và --db TỆP.</translation>
    </message>
    <message>
        <source>--meeting takes a meeting number (see &apos;meetings list&apos;).</source>
        <translation>--meeting nhận số hiệu buổi sinh hoạt (xem &apos;meetings list&apos;).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Line %1: %2, %3 (%4)</source>
        <translation>Dòng %1: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Line %1: not matched: %2</source>
        <translation>Dòng %1: không khớp: %2</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Khớp: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Mới: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Đã sửa: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Không đổi: %1</translation>
    </message>
    <message>
        <source>Unmatched: %1</source>
        <translation>Không khớp: %1</translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation>Buổi sinh hoạt: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Không ghi gì: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi gì.</translation>
    </message>
    <message>
        <source>Marks written: %1</source>
        <translation>Số điểm danh đã ghi: %1</translation>
    </message>
    <message>
        <source>Nothing to write: every matched row is already recorded.</source>
        <translation>Không có gì để ghi: mọi dòng khớp đều đã được ghi trước đó.</translation>
    </message>
    <message>
        <source>No row of %1 matched a member on a meeting&apos;s sheet.</source>
        <translation>Không dòng nào của %1 khớp với đảng viên trong danh sách buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>meetings list: the cell&apos;s code.</source>
        <translation>meetings list: mã chi bộ.</translation>
    </message>
    <message>
        <source>meetings sheet, attendance import: the meeting&apos;s number (see &apos;meetings list&apos;).</source>
        <translation>meetings sheet, attendance import: số hiệu buổi sinh hoạt (xem &apos;meetings list&apos;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>SỐ</translation>
    </message>
    <message>
        <source>meetings sheet: print the blank sign-in sheet.</source>
        <translation>meetings sheet: in danh sách ký tên để trống.</translation>
    </message>
    <message>
        <source>Give either --from and --to, or --year, not both.</source>
        <translation>Hãy cho --from và --to, hoặc --year, không cho cả hai.</translation>
    </message>
    <message>
        <source>--from and --to take dates as dd/MM/yyyy or yyyy-MM-dd (got &apos;%1&apos; and &apos;%2&apos;).</source>
        <translation>--from và --to nhận ngày dạng dd/MM/yyyy hoặc yyyy-MM-dd (nhận được &apos;%1&apos; và &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Kỳ báo cáo bắt đầu (%1) sau ngày kết thúc (%2).</translation>
    </message>
    <message>
        <source>--year takes a year such as 2012 (got &apos;%1&apos;).</source>
        <translation>--year nhận một năm, ví dụ 2012 (nhận được &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--half takes 1 (January–June) or 2 (July–December) (got &apos;%1&apos;).</source>
        <translation>--half nhận 1 (tháng 1–6) hoặc 2 (tháng 7–12) (nhận được &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--half needs --year.</source>
        <translation>--half cần có --year.</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs a report&apos;s name, or --list to list them.</source>
        <translation>&apos;report&apos; cần tên một báo cáo, hoặc --list để liệt kê các báo cáo.</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs --db FILE.</source>
        <translation>&apos;report&apos; cần --db TỆP.</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs --format pdf, xlsx or csv.</source>
        <translation>&apos;report&apos; cần --format pdf, xlsx hoặc csv.</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs --out FILE for %1 (a CSV without --out goes to the standard output).</source>
        <translation>&apos;report&apos; cần --out TỆP cho %1 (CSV không có --out thì in ra đầu ra chuẩn).</translation>
    </message>
    <message>
        <source>--by takes district, commune or cell (got &apos;%1&apos;).</source>
        <translation>--by nhận district, commune hoặc cell (nhận được &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--overdue-days takes a number of days, 1 or more.</source>
        <translation>--overdue-days nhận số ngày, từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Pages: %1/%2</source>
        <translation>Trang: %1/%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>FILE|DATE</source>
        <translation>TỆP|NGÀY</translation>
    </message>
    <message>
        <source>report: with --year, the first (1) or second (2) half of the year.</source>
        <translation>report: cùng --year, 6 tháng đầu (1) hoặc 6 tháng cuối (2) năm.</translation>
    </message>
    <message>
        <source>report attendance: one row per district, commune or cell (default: one level below the scope).</source>
        <translation>report attendance: mỗi huyện, xã hoặc chi bộ một dòng (mặc định: cấp ngay dưới phạm vi).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>CẤP</translation>
    </message>
    <message>
        <source>report member: the member&apos;s party card number or CCCD.</source>
        <translation>report member: số thẻ đảng viên hoặc số CCCD của đảng viên.</translation>
    </message>
    <message>
        <source>CARD_OR_CCCD</source>
        <translation>SỐ_THẺ_HOẶC_CCCD</translation>
    </message>
    <message>
        <source>report coverage: a referral not received after this many days is overdue (default 30).</source>
        <translation>report coverage: giấy giới thiệu chưa được tiếp nhận sau số ngày này là quá hạn (mặc định 30).</translation>
    </message>
    <message>
        <source>report, PDF: the document number line, e.g. &quot;Số 12-BC/BTCTU&quot;.</source>
        <translation>report, PDF: dòng số văn bản, ví dụ &quot;Số 12-BC/BTCTU&quot;.</translation>
    </message>
    <message>
        <source>report, PDF: the name under the signature.</source>
        <translation>report, PDF: họ tên dưới chữ ký.</translation>
    </message>
    <message>
        <source>report: list the reports.</source>
        <translation>report: liệt kê các báo cáo.</translation>
    </message>
    <message>
        <source>referrals letters, meetings, report: the year.</source>
        <translation>referrals letters, meetings, report: năm.</translation>
    </message>
    <message>
        <source>Language of messages and reports: vi or en (default: vi when the system locale is Vietnamese, else en).</source>
        <translation>Ngôn ngữ của thông báo và báo cáo: vi hoặc en (mặc định: vi khi ngôn ngữ hệ thống là tiếng Việt, ngược lại en).</translation>
    </message>
    <message>
        <source>&apos;report&apos; takes one report&apos;s name; &apos;%1&apos; is one word too many.</source>
        <translation>&apos;report&apos; chỉ nhận một tên báo cáo; &apos;%1&apos; là thừa.</translation>
    </message>
    <message>
        <source>Note: the report &apos;%1&apos; as %2 does not use %3.</source>
        <translation>Lưu ý: báo cáo &apos;%1&apos; dạng %2 không dùng %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs members or organisations (see cutru-cli --help).</source>
        <translation>&apos;%1&apos; cần members hoặc organisations (xem cutru-cli --help).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes members or organisations (got &apos;%2&apos;).</source>
        <translation>&apos;%1&apos; nhận members hoặc organisations (nhận được &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Note: &apos;%1&apos; does not use %2.</source>
        <translation>Lưu ý: &apos;%1&apos; không dùng %2.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>Không đọc được tệp cách ghép cột %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a column mapping: a JSON object {&quot;kind&quot;: …, &quot;columns&quot;: {&quot;header&quot;: &quot;field&quot;, …}} is expected%2.</source>
        <translation>%1 không phải là cách ghép cột: cần một đối tượng JSON {&quot;kind&quot;: …, &quot;columns&quot;: {&quot;header&quot;: &quot;field&quot;, …}}%2.</translation>
    </message>
    <message>
        <source> (%1 at character %2)</source>
        <translation> (%1 tại ký tự %2)</translation>
    </message>
    <message>
        <source>%1 is a mapping for %2, not for %3.</source>
        <translation>%1 là cách ghép cột cho %2, không phải cho %3.</translation>
    </message>
    <message>
        <source>There is no file %1 and no saved mapping of that name for %2. Saved mappings: %3.</source>
        <translation>Không có tệp %1 và cũng không có cách ghép cột đã lưu nào tên như vậy cho %2. Các cách ghép cột đã lưu: %3.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(cột %1)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>import: the column mapping, a JSON file or the name of a saved mapping (default: guessed from the header).</source>
        <translation>import: cách ghép cột, là một tệp JSON hoặc tên một cách ghép cột đã lưu (mặc định: đoán từ dòng tiêu đề).</translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation>TỆP|TÊN</translation>
    </message>
    <message>
        <source>import: save the mapping used under this name.</source>
        <translation>import: lưu cách ghép cột đã dùng với tên này.</translation>
    </message>
    <message>
        <source>import: what to do with rows matching a stored record: skip them (default), update the record, or fill only its empty fields.</source>
        <translation>import: cách xử lý các dòng trùng với bản ghi đã lưu: skip — bỏ qua (mặc định), update — cập nhật bản ghi, hoặc fill — chỉ bổ sung các trường còn trống.</translation>
    </message>
    <message>
        <source>skip|update|fill</source>
        <translation>skip|update|fill</translation>
    </message>
    <message>
        <source>import, CSV: utf-8, utf-16le, utf-16be or windows-1258 (default: detected).</source>
        <translation>import, CSV: utf-8, utf-16le, utf-16be hoặc windows-1258 (mặc định: tự nhận biết).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>BẢNG_MÃ</translation>
    </message>
    <message>
        <source>import, CSV: comma, semicolon or tab (default: detected).</source>
        <translation>import, CSV: comma (dấu phẩy), semicolon (dấu chấm phẩy) hoặc tab (mặc định: tự nhận biết).</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>DẤU_PHÂN_CÁCH</translation>
    </message>
    <message>
        <source>import, XLSX: the sheet to read (default: the first).</source>
        <translation>import, XLSX: trang tính cần đọc (mặc định: trang tính đầu tiên).</translation>
    </message>
    <message>
        <source>import: write the rejected rows to this CSV file, with their errors in an added column.</source>
        <translation>import: ghi các dòng bị loại vào tệp CSV này, kèm lỗi trong một cột thêm vào.</translation>
    </message>
    <message>
        <source>&apos;import %1&apos; needs one file to import and --db FILE.</source>
        <translation>&apos;import %1&apos; cần một tệp để nhập và --db TỆP.</translation>
    </message>
    <message>
        <source>--mode takes skip, update or fill (got &apos;%1&apos;).</source>
        <translation>--mode nhận skip, update hoặc fill (nhận được &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1258 (got &apos;%1&apos;).</source>
        <translation>--encoding nhận utf-8, utf-16le, utf-16be hoặc windows-1258 (nhận được &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--delimiter takes comma, semicolon or tab (got &apos;%1&apos;).</source>
        <translation>--delimiter nhận comma, semicolon hoặc tab (nhận được &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: the folder does not exist or is not writable.</source>
        <translation>Không ghi được các dòng bị loại vào %1: thư mục không tồn tại hoặc không ghi được.</translation>
    </message>
    <message>
        <source>--save-mapping needs a name.</source>
        <translation>--save-mapping cần một tên.</translation>
    </message>
    <message>
        <source>import of a CSV file</source>
        <translation>nhập tệp CSV</translation>
    </message>
    <message>
        <source>%1: CSV, %2, delimiter %3, %4 data rows</source>
        <translation>%1: CSV, %2, dấu phân cách %3, %4 dòng dữ liệu</translation>
    </message>
    <message>
        <source>import of an XLSX file</source>
        <translation>nhập tệp XLSX</translation>
    </message>
    <message>
        <source>%1: XLSX, sheet &apos;%2&apos;, %3 data rows</source>
        <translation>%1: XLSX, trang tính &apos;%2&apos;, %3 dòng dữ liệu</translation>
    </message>
    <message>
        <source>Column mapping (%1), file column → field:</source>
        <translation>Cách ghép cột (%1), cột trong tệp → trường:</translation>
    </message>
    <message>
        <source>Column mapping guessed from the header, file column → field (give --mapping to change it):</source>
        <translation>Cách ghép cột đoán từ dòng tiêu đề, cột trong tệp → trường (dùng --mapping để thay đổi):</translation>
    </message>
    <message>
        <source>The file cannot be imported with this mapping: %1</source>
        <translation>Không thể nhập tệp với cách ghép cột này: %1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Đã hủy việc nhập: chưa ghi gì.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Unknown organisation: %1</source>
        <translation>Tổ chức đảng không xác định: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Số dòng: %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Hợp lệ: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>Trùng: %1</translation>
    </message>
    <message>
        <source>Possible duplicates: %1</source>
        <translation>Có thể trùng: %1</translation>
    </message>
    <message>
        <source>Repeated in the file: %1</source>
        <translation>Lặp lại trong tệp: %1</translation>
    </message>
    <message>
        <source>Inserted: %1</source>
        <translation>Thêm mới: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Cập nhật: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Bỏ qua: %1</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Không có gì để ghi.</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>Chưa lưu được cách ghép cột: %1</translation>
    </message>
    <message>
        <source>Saved the mapping as &apos;%1&apos;.</source>
        <translation>Đã lưu cách ghép cột với tên &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 (the import itself was written).</source>
        <translation>%1 (dữ liệu nhập vẫn đã được ghi vào cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Đã ghi các dòng bị loại vào %1.</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; needs --db FILE and --out FILE.</source>
        <translation>&apos;export %1&apos; cần --db TỆP và --out TỆP.</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format csv or xlsx.</source>
        <translation>&apos;export&apos; cần --format csv hoặc xlsx.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Đang xuất</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>Đã hủy việc xuất: chưa ghi gì.</translation>
    </message>
    <message>
        <source>Rows exported: %1</source>
        <translation>Số dòng đã xuất: %1</translation>
    </message>
    <message>
        <source>referrals list, meetings list: csv or text (default); report: pdf, xlsx or csv; export: csv or xlsx.</source>
        <translation>referrals list, meetings list: csv hoặc text (mặc định); report: pdf, xlsx hoặc csv; export: csv hoặc xlsx.</translation>
    </message>
    <message>
        <source>meetings plan, report, export: the organisation to cover (default: the province; report, export: your own scope).</source>
        <translation>meetings plan, report, export: tổ chức đảng cần bao quát (mặc định: tỉnh; với report, export: phạm vi của chính bạn).</translation>
    </message>
    <message>
        <source>attendance import, import: check and report, write nothing.</source>
        <translation>attendance import, import: chạy thử — kiểm tra và báo cáo, không ghi gì.</translation>
    </message>
    <message>
        <source>&apos;comments drafts&apos; needs --db FILE, --scope CODE and --year YEAR.</source>
        <translation>&apos;comments drafts&apos; cần --db TỆP, --scope MÃ và --year NĂM.</translation>
    </message>
    <message>
        <source>Drafts: %1% (%2/%3)</source>
        <translation>Dự thảo: %1% (%2/%3)</translation>
    </message>
    <message>
        <source>Drafts created: %1</source>
        <translation>Số dự thảo đã tạo: %1</translation>
    </message>
    <message>
        <source>Already with a comment: %1</source>
        <translation>Đã có nhận xét: %1</translation>
    </message>
    <message>
        <source>&apos;comments&apos; takes drafts (see cutru-cli --help).</source>
        <translation>&apos;comments&apos; chỉ có lệnh con drafts (xem cutru-cli --help).</translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation>Máy chủ từ chối mật khẩu: %1</translation>
    </message>
    <message>
        <source>Password for %1@%2/%3: </source>
        <translation>Mật khẩu của %1@%2/%3: </translation>
    </message>
    <message>
        <source>On a server, --user does not choose the account: the connection&apos;s user does. Name it in the address: postgresql://%1@host/database.</source>
        <translation>Trên máy chủ, --user không chọn tài khoản: người dùng của kết nối mới là tài khoản. Hãy ghi tên đó trong địa chỉ: postgresql://%1@máy_chủ/csdl.</translation>
    </message>
    <message>
        <source>&apos;demo&apos; takes either --out FILE or --db postgresql://…, not both.</source>
        <translation>&apos;demo&apos; nhận --out TỆP hoặc --db postgresql://…, không nhận cả hai.</translation>
    </message>
    <message>
        <source>&apos;demo --db&apos; takes the address of an empty database on a server, postgresql://…; a new file is made with --out FILE.</source>
        <translation>&apos;demo --db&apos; nhận địa chỉ một cơ sở dữ liệu trống trên máy chủ, postgresql://…; muốn tạo tệp mới thì dùng --out TỆP.</translation>
    </message>
    <message>
        <source>&apos;demo&apos; needs --out FILE, or --db postgresql://… for an empty database on a server.</source>
        <translation>&apos;demo&apos; cần --out TỆP, hoặc --db postgresql://… cho một cơ sở dữ liệu trống trên máy chủ.</translation>
    </message>
    <message>
        <source>&apos;backup&apos; copies SQLite files only. Back up a database on a PostgreSQL server with pg_dump.</source>
        <translation>&apos;backup&apos; chỉ sao lưu tệp SQLite. Cơ sở dữ liệu trên máy chủ PostgreSQL được sao lưu bằng pg_dump.</translation>
    </message>
    <message>
        <source>&apos;restore&apos; restores SQLite files only. Restore a database on a PostgreSQL server from its pg_dump archive with pg_restore.</source>
        <translation>&apos;restore&apos; chỉ khôi phục tệp SQLite. Cơ sở dữ liệu trên máy chủ PostgreSQL được khôi phục bằng pg_restore từ bản lưu của pg_dump.</translation>
    </message>
    <message>
        <source>The database to open: an SQLite file, or a database on a PostgreSQL server, postgresql://user@host[:port]/database[?sslmode=require]. The server&apos;s password comes from PGPASSWORD or a pgpass file, else it is asked on the terminal; it is never part of the address.</source>
        <translation>Cơ sở dữ liệu cần mở: một tệp SQLite, hoặc cơ sở dữ liệu trên máy chủ PostgreSQL, postgresql://người_dùng@máy_chủ[:cổng]/csdl[?sslmode=require]. Mật khẩu máy chủ lấy từ PGPASSWORD hoặc tệp pgpass, nếu không thì được hỏi trên cửa sổ dòng lệnh; mật khẩu không bao giờ nằm trong địa chỉ.</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>TỆP|ĐỊA_CHỈ</translation>
    </message>
    <message>
        <source>restore: the backup file to restore from; migrate: the database file to copy; report: the first day of the period (dd/MM/yyyy).</source>
        <translation>restore: tệp sao lưu dùng để khôi phục; migrate: tệp cơ sở dữ liệu cần chuyển; report: ngày đầu kỳ báo cáo (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>migrate: the server database to copy into (postgresql://…); report: the last day of the period (dd/MM/yyyy).</source>
        <translation>migrate: cơ sở dữ liệu trên máy chủ nhận dữ liệu (postgresql://…); report: ngày cuối kỳ báo cáo (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>URI|DATE</source>
        <translation>ĐỊA_CHỈ|NGÀY</translation>
    </message>
    <message>
        <source>Act as this account (password from CUTRU_PASSWORD or asked). Without it: the file&apos;s local administrator. On a server the connection&apos;s user is the account, and --user is not needed.</source>
        <translation>Làm việc bằng tài khoản này (mật khẩu lấy từ CUTRU_PASSWORD hoặc được hỏi). Nếu không có: quản trị cục bộ của tệp. Trên máy chủ, người dùng của kết nối là tài khoản, không cần --user.</translation>
    </message>
    <message>
        <source>&apos;migrate&apos; needs --from FILE (the CuTru database file) and --to postgresql://… (an empty database on the server).</source>
        <translation>&apos;migrate&apos; cần --from TỆP (tệp cơ sở dữ liệu CuTru) và --to postgresql://… (một cơ sở dữ liệu trống trên máy chủ).</translation>
    </message>
    <message>
        <source>--from takes a CuTru database file; %1 is a server address.</source>
        <translation>--from nhận một tệp cơ sở dữ liệu CuTru; %1 là địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>--to takes the server database&apos;s address, postgresql://[user@]host[:port]/database (got &apos;%1&apos;).</source>
        <translation>--to nhận địa chỉ cơ sở dữ liệu trên máy chủ, postgresql://[người_dùng@]máy_chủ[:cổng]/csdl (nhận được &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Đã hủy việc chuyển dữ liệu; không có gì được chép.</translation>
    </message>
    <message>
        <source>%1  %2 rows  SHA-256 %3</source>
        <translation>%1  %2 dòng  SHA-256 %3</translation>
    </message>
    <message>
        <source>verified: %1 rows in %2 tables copied from %3 to %4, every row count and checksum equal (%5 s).</source>
        <translation>đã kiểm tra: %1 dòng trong %2 bảng được chép từ %3 sang %4, mọi số dòng và mã kiểm tra đều khớp (%5 giây).</translation>
    </message>
    <message>
        <source>&apos;accounts reset-password&apos; needs --db FILE and --account NAME.</source>
        <translation>&apos;accounts reset-password&apos; cần --db TỆP và --account TÊN.</translation>
    </message>
    <message>
        <source>No account is named %1.</source>
        <translation>Không có tài khoản nào tên %1.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Mật khẩu mới của %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Nhập lại mật khẩu đó: </translation>
    </message>
    <message>
        <source>No new password was given (CUTRU_NEW_PASSWORD, or typed on the terminal).</source>
        <translation>Chưa có mật khẩu mới (CUTRU_NEW_PASSWORD, hoặc gõ trên cửa sổ dòng lệnh).</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Hai mật khẩu không giống nhau; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next sign-in.</source>
        <translation>Đã đặt lại mật khẩu của %1; phải đổi mật khẩu ở lần đăng nhập sau.</translation>
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
        <translation>Dòng lệnh CuTru: đảng viên tại nơi cư trú.

Các lệnh:
  init --out TỆP [--admin TÊN]  tạo cơ sở dữ liệu trống theo lược đồ hiện hành
  demo --out TỆP [--seed N]    dựng tỉnh mẫu Thái Bình 2012
  demo --db postgresql://… [--seed N]  như trên, vào một cơ sở dữ liệu trống trên máy chủ
  info --db TỆP                phiên bản lược đồ và tổng quan các tổ chức đảng
  backup --db TỆP --out BẢN_SAO  bản sao nhất quán của cơ sở dữ liệu, kể cả khi đang được dùng
  restore --db TỆP --from BẢN_SAO  thay cơ sở dữ liệu bằng một bản sao lưu (cơ sở dữ liệu
                               cũ được giữ lại bên cạnh với tên TÊN.before-restore-…)
  migrate --from TỆP --to postgresql://[người_dùng@]máy_chủ[:cổng]/csdl
                               chuyển tệp cơ sở dữ liệu của một văn phòng vào cơ sở dữ liệu trống
                               trên máy chủ PostgreSQL, đối chiếu số dòng và mã kiểm tra
  accounts reset-password --db TỆP --account TÊN
                               đặt mật khẩu mới, phải đổi ở lần đăng nhập sau (lấy từ
                               CUTRU_NEW_PASSWORD hoặc được hỏi); trên máy chủ tạo luôn vai trò của tài khoản
  referrals list --db TỆP [--status S] [--commune MÃ] [--format csv]
                               các giấy giới thiệu sinh hoạt mà người dùng được xem
  referrals letters --db TỆP --org MÃ --year Y --out TỆP.pdf
                               các giấy giới thiệu sinh hoạt một tổ chức đảng đã cấp trong năm
  meetings plan --db TỆP --year Y [--scope MÃ]
                               các kỳ sinh hoạt định kỳ trong năm của mọi chi bộ nơi cư trú
                               thuộc MÃ (mặc định: tỉnh)
  meetings list --db TỆP --cell MÃ [--year Y] [--format csv]
                               các kỳ sinh hoạt của một chi bộ: số, ngày, tình hình tham dự
  meetings sheet --db TỆP --meeting ID --out TỆP.pdf [--blank]
                               biên bản điểm danh một kỳ sinh hoạt (--blank: bảng ký tên)
  comments drafts --db TỆP --scope MÃ --year Y
                               dự thảo nhận xét hằng năm cho mọi đảng viên phải nhận xét ở các
                               chi bộ nơi cư trú thuộc MÃ (xem docs/comments.md)
  attendance import CSV --db TỆP [--meeting ID] [--dry-run]
                               nhập điểm danh từ tệp CSV (xem docs/data-formats.md)
  import members|organisations TỆP --db TỆP [--mapping TỆP|TÊN] [--save-mapping TÊN]
         [--mode skip|update|fill] [--dry-run] [--encoding E] [--delimiter D] [--sheet S]
         [--rejected TỆP_RA.csv]
                               nhập đảng viên hoặc tổ chức đảng từ tệp CSV hoặc XLSX; mã thoát 0:
                               mọi dòng được chấp nhận, 2: có dòng bị loại, 1: không nhập được gì
  export members|organisations --db TỆP [--scope MÃ] --format csv|xlsx --out TỆP
                               xuất đảng viên hoặc tổ chức đảng của MÃ (mặc định: phạm vi
                               của chính bạn), theo các cột mà lệnh import đọc
  report --list                các báo cáo (Hướng dẫn 08-HD) và nội dung của chúng
  report TÊN --db TỆP [--scope MÃ] [--from D --to D | --year Y [--half 1|2]]
         [--by district|commune|cell] [--member SỐ_THẺ_HOẶC_CCCD] --format pdf|xlsx|csv --out TỆP
                               báo cáo của tổ chức đảng MÃ (mặc định: phạm vi của chính bạn)
                               trong kỳ (mặc định: năm hiện tại)

TỆP sau --db cũng có thể là cơ sở dữ liệu trên máy chủ PostgreSQL:
  postgresql://người_dùng@máy_chủ[:cổng]/csdl[?sslmode=verify-full]
Mật khẩu không bao giờ nằm trong địa chỉ: lấy từ PGPASSWORD hoặc tệp pgpass
(~/.pgpass), nếu không thì được hỏi trên cửa sổ dòng lệnh. Trên máy chủ bạn làm việc bằng
tài khoản của người dùng kết nối. backup và restore dành cho tệp SQLite: hãy dùng pg_dump và pg_restore.</translation>
    </message>
    <message>
        <source>accounts reset-password: the account&apos;s user name.</source>
        <translation>accounts reset-password: tên đăng nhập của tài khoản.</translation>
    </message>
    <message>
        <source>The demo accounts (%1) have no database roles on the server yet: an administrator gives each a password to sign in with (CuTru connected to the server: Accounts → Reset password; or cutru-cli accounts reset-password --account NAME).</source>
        <translation>Các tài khoản mẫu (%1) chưa có vai trò cơ sở dữ liệu trên máy chủ: người quản trị cần đặt mật khẩu cho từng tài khoản thì mới đăng nhập được (CuTru kết nối máy chủ: Tài khoản → Đặt lại mật khẩu; hoặc cutru-cli accounts reset-password --account TÊN).</translation>
    </message>
    <message>
        <source>The accounts were copied with their passwords, which the server cannot use: an administrator must give each account a new password before it can sign in to the server (CuTru connected to the server: Accounts → Reset password; or cutru-cli accounts reset-password --account NAME). Accounts: %1.</source>
        <translation>Các tài khoản được chép kèm mật khẩu mà máy chủ không dùng được: người quản trị phải đặt mật khẩu mới cho từng tài khoản thì tài khoản đó mới đăng nhập được vào máy chủ (CuTru kết nối máy chủ: Tài khoản → Đặt lại mật khẩu; hoặc cutru-cli accounts reset-password --account TÊN). Các tài khoản: %1.</translation>
    </message>
    <message>
        <source>init, demo, info, backup, restore, migrate, accounts, referrals, meetings, attendance, import, export or report</source>
        <translation>init, demo, info, backup, restore, migrate, accounts, referrals, meetings, attendance, import, export hoặc report</translation>
    </message>
</context>
<context>
    <name>cutru::csv</name>
    <message>
        <source>%1 is not valid UTF-16 text.</source>
        <translation>%1 không phải văn bản UTF-16 hợp lệ.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text without a byte-order mark. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1 có vẻ là văn bản UTF-16 không có dấu BOM. Hãy lưu tệp dạng &quot;CSV UTF-8&quot; rồi thử lại.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1, dòng %2: văn bản không phải UTF-8. Hãy lưu tệp dạng &quot;CSV UTF-8&quot; rồi thử lại.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed (a &apos;&quot;&apos; is missing).</source>
        <translation>%1, dòng %2: có ô mở ngoặc kép mà không đóng (thiếu dấu &apos;&quot;&apos;).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 là thư mục, không phải tệp CSV.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
</context>
<context>
    <name>cutru::main</name>
    <message>
        <source>Demo province</source>
        <translation>Tỉnh mẫu</translation>
    </message>
    <message>
        <source>CuTru: party members at their place of residence.</source>
        <translation>CuTru: đảng viên sinh hoạt nơi cư trú.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>Cơ sở dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>Log more detail.</source>
        <translation>Ghi nhật ký chi tiết hơn.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[TỆP]</translation>
    </message>
</context>
<context>
    <name>cutru::password</name>
    <message>
        <source>Passwords cannot be checked on this computer: the cryptography library could not start.</source>
        <translation>Không thể kiểm tra mật khẩu trên máy này: thư viện mã hóa không khởi động được.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Không đủ bộ nhớ để bảo vệ mật khẩu. Hãy đóng bớt các chương trình khác rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Alerts</name>
    <message>
        <source>Absence alerts and crowded cells</source>
        <translation>Cảnh báo vắng mặt và chi bộ quá đông</translation>
    </message>
    <message>
        <source>Absence alerts</source>
        <translation>Cảnh báo vắng mặt</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Tính đến ngày %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Chi bộ nơi cư trú</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Đảng bộ xã, phường, thị trấn</translation>
    </message>
    <message>
        <source>Organisation holding the membership</source>
        <translation>Tổ chức đảng đang quản lý đảng viên</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Mã tổ chức</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Số lần vắng liên tiếp</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>Buổi sinh hoạt gần nhất</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Crowded cells</source>
        <translation>Chi bộ quá đông</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Referred members expected</source>
        <translation>Số đảng viên được giới thiệu phải dự</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Sức chứa</translation>
    </message>
    <message>
        <source>A member is alerted after %1 or more absences in a row; absences with a reason count.</source>
        <translation>Đảng viên bị cảnh báo khi vắng %1 lần liên tiếp trở lên; vắng có lý do cũng được tính.</translation>
    </message>
    <message>
        <source>A member is alerted after %1 or more absences without a reason in a row; an absence with a reason ends the run.</source>
        <translation>Đảng viên bị cảnh báo khi vắng không lý do %1 lần liên tiếp trở lên; một lần vắng có lý do làm ngắt chuỗi.</translation>
    </message>
    <message>
        <source>A cell is crowded when more than %1 referred members are expected at a meeting held on %2.</source>
        <translation>Chi bộ được coi là quá đông khi có hơn %1 đảng viên được giới thiệu phải dự một buổi sinh hoạt tổ chức ngày %2.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Attendance</name>
    <message>
        <source>Attendance of referred members at their place of residence</source>
        <translation>Kết quả sinh hoạt của đảng viên đang công tác ở nơi cư trú</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Meetings due</source>
        <translation>Số buổi phải sinh hoạt</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Số buổi đã sinh hoạt</translation>
    </message>
    <message>
        <source>Referred members</source>
        <translation>Số đảng viên được giới thiệu</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Lượt phải dự</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỷ lệ tham gia sinh hoạt</translation>
    </message>
    <message>
        <source>Present ÷ expected (%)</source>
        <translation>Có mặt ÷ phải dự (%)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message numerus="yes">
        <source>Meetings due: the periodic meetings of the rule profile (%1: %n a year) for each residence cell with a member expected during the meeting&apos;s period.</source>
        <translation>
            <numerusform>Số buổi phải sinh hoạt: các buổi sinh hoạt định kỳ theo quy định (%1: %n buổi một năm) của mỗi chi bộ nơi cư trú có đảng viên phải dự trong kỳ của buổi đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance rate = present ÷ expected, over the held meetings; rows under the target rate of %1 % are highlighted.</source>
        <translation>Tỷ lệ tham gia = có mặt ÷ phải dự, trên các buổi đã sinh hoạt; các dòng dưới tỷ lệ mục tiêu %1 % được tô nổi.</translation>
    </message>
    <message>
        <source>The attendance report follows the residence tree: choose the province, a district, a commune or a cell rather than %1, a workplace organisation.</source>
        <translation>Báo cáo sinh hoạt theo cây tổ chức nơi cư trú: hãy chọn tỉnh, huyện, xã hoặc chi bộ thay vì %1, là tổ chức đảng nơi công tác.</translation>
    </message>
    <message>
        <source>Rows by district need the province as the scope: %1 is not above the districts. Choose rows by commune or by cell, or a wider scope.</source>
        <translation>Báo cáo theo huyện cần phạm vi là tỉnh: %1 không ở trên cấp huyện. Hãy chọn theo xã hoặc theo chi bộ, hoặc một phạm vi rộng hơn.</translation>
    </message>
    <message>
        <source>Rows by commune need the province or a district as the scope: %1 is not above the communes. Choose rows by cell, or a wider scope.</source>
        <translation>Báo cáo theo xã cần phạm vi là tỉnh hoặc huyện: %1 không ở trên cấp xã. Hãy chọn theo chi bộ, hoặc một phạm vi rộng hơn.</translation>
    </message>
    <message>
        <source>Rows by cell need the province, a district or a commune as the scope: %1 is a cell. Choose the default rows, or a wider scope.</source>
        <translation>Báo cáo theo chi bộ cần phạm vi là tỉnh, huyện hoặc xã: %1 là một chi bộ. Hãy chọn cách chia dòng mặc định, hoặc một phạm vi rộng hơn.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::AttendanceSheets</name>
    <message>
        <source>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</source>
        <translation>Không ghi được %1: việc in cần phần giao diện đồ họa của chương trình (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</source>
        <translation>Không ghi được %1: chưa cài phông chữ Liberation Serif (gói Debian fonts-liberation2).</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet to %1.</source>
        <translation>Không ghi được danh sách ký tên vào %1.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet to %1: %2</source>
        <translation>Không ghi được danh sách ký tên vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the attendance record to %1.</source>
        <translation>Không ghi được biên bản sinh hoạt vào %1.</translation>
    </message>
    <message>
        <source>Cannot write the attendance record to %1: %2</source>
        <translation>Không ghi được biên bản sinh hoạt vào %1: %2</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Catalogue</name>
    <message>
        <source>Organisation overview</source>
        <translation>Tổng quan tổ chức</translation>
    </message>
    <message>
        <source>Commune-level committees and cells by kind, members held in communes and in wards, working members by type of workplace, as the database stands today.</source>
        <translation>Đảng bộ cấp xã và chi bộ theo loại, đảng viên sinh hoạt ở xã và ở phường, thị trấn, đảng viên đang công tác theo loại hình cơ quan, đơn vị, theo dữ liệu hiện tại.</translation>
    </message>
    <message>
        <source>Referral coverage</source>
        <translation>Kết quả giới thiệu đảng viên</translation>
    </message>
    <message>
        <source>Working members referred, received, assigned, pending, overdue and exempt, by type of workplace and by workplace organisation.</source>
        <translation>Đảng viên đang công tác đã giới thiệu, đã tiếp nhận, đã phân về chi bộ, đang chờ, quá hạn và được miễn, theo loại hình và theo tổ chức đảng nơi công tác.</translation>
    </message>
    <message>
        <source>Attendance at the place of residence</source>
        <translation>Sinh hoạt ở nơi cư trú</translation>
    </message>
    <message>
        <source>Meetings due and held, members expected, present and absent, and the attendance rate, by district, commune or cell.</source>
        <translation>Số buổi phải và đã sinh hoạt, lượt phải dự, có mặt, vắng và tỷ lệ tham gia, theo huyện, xã hoặc chi bộ.</translation>
    </message>
    <message>
        <source>Absence alerts and crowded cells</source>
        <translation>Cảnh báo vắng mặt và chi bộ quá đông</translation>
    </message>
    <message>
        <source>Members absent from several meetings in a row, and cells with more referred members than a meeting can seat.</source>
        <translation>Đảng viên vắng nhiều buổi liên tiếp, và chi bộ có số đảng viên được giới thiệu vượt chỗ ngồi của buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Annual comments</source>
        <translation>Nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Annual comments due, written, sent and received, by workplace organisation.</source>
        <translation>Nhận xét hằng năm phải viết, đã viết, đã gửi và đã nhận, theo tổ chức đảng nơi công tác.</translation>
    </message>
    <message>
        <source>Member&apos;s residence record</source>
        <translation>Hồ sơ sinh hoạt nơi cư trú của đảng viên</translation>
    </message>
    <message>
        <source>One member&apos;s referrals, receptions, attendance and annual comments.</source>
        <translation>Giới thiệu, tiếp nhận, sinh hoạt và nhận xét hằng năm của một đảng viên.</translation>
    </message>
    <message>
        <source>Liaison activity</source>
        <translation>Hoạt động của cán bộ được phân công</translation>
    </message>
    <message>
        <source>Visits of the provincial liaison cadres per cadre and commune, problems raised and resolved.</source>
        <translation>Các lần dự sinh hoạt của cán bộ tỉnh được phân công, theo cán bộ và theo xã; vấn đề nêu ra và đã giải quyết.</translation>
    </message>
    <message>
        <source>There is no report called &apos;%1&apos;. The reports are: %2.</source>
        <translation>Không có báo cáo tên &apos;%1&apos;. Các báo cáo là: %2.</translation>
    </message>
    <message>
        <source>The period must have a start and an end date, the start not after the end.</source>
        <translation>Kỳ báo cáo phải có ngày bắt đầu và ngày kết thúc, ngày bắt đầu không sau ngày kết thúc.</translation>
    </message>
    <message>
        <source>The report &apos;%1&apos; needs a member: a party card number or a CCCD.</source>
        <translation>Báo cáo &apos;%1&apos; cần một đảng viên: số thẻ đảng viên hoặc số CCCD.</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Vướng mắc chưa giải quyết</translation>
    </message>
    <message>
        <source>Problems raised at the liaison cadres&apos; visits and not resolved yet, the oldest visit first, as the database stands today.</source>
        <translation>Các vướng mắc nêu ra trong các lần về cơ sở của cán bộ được phân công mà chưa được giải quyết, lần về cơ sở cũ nhất xếp trước, theo dữ liệu hiện tại.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::CommentForms</name>
    <message>
        <source>There are no comment forms to write to %1.</source>
        <translation>Không có bản nhận xét nào để ghi vào %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</source>
        <translation>Không ghi được %1: việc in cần phần giao diện đồ họa của chương trình (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</source>
        <translation>Không ghi được %1: chưa cài phông Liberation Serif (gói Debian fonts-liberation2).</translation>
    </message>
    <message>
        <source>Cannot write the comment forms to %1: %2</source>
        <translation>Không ghi được các bản nhận xét vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the comment forms to %1.</source>
        <translation>Không ghi được các bản nhận xét vào %1.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Comments</name>
    <message>
        <source>Annual comments</source>
        <translation>Nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Tổ chức đảng nơi công tác</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Phải nhận xét</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Đã viết</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>The year %1 is not over: members due are counted as the records stand on %2.</source>
        <translation>Năm %1 chưa kết thúc: số đảng viên phải nhận xét được tính theo dữ liệu ngày %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Due: working members referred to a residence cell, assigned on or before 31 December of the year, not ended on or before it and not exempt on it (Guideline 33). Written, sent and received count the comments of those members for that year.</source>
        <translation>Phải nhận xét: đảng viên đang công tác được giới thiệu về chi bộ nơi cư trú, được phân về chi bộ đến hết ngày 31 tháng 12 của năm, chưa chấm dứt và không được miễn vào ngày đó (Hướng dẫn 33). Đã viết, đã gửi, đã nhận tính các nhận xét của những đảng viên này cho năm đó.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Coverage</name>
    <message>
        <source>Working members</source>
        <translation>Đảng viên đang công tác</translation>
    </message>
    <message>
        <source>Not to be referred</source>
        <translation>Không giới thiệu (HD 33)</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Đã giới thiệu</translation>
    </message>
    <message>
        <source>Newly referred in the period</source>
        <translation>Giới thiệu mới trong kỳ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Assigned to a cell</source>
        <translation>Đã phân về chi bộ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chưa tiếp nhận</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Tỷ lệ tiếp nhận</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Referral coverage of working members</source>
        <translation>Kết quả giới thiệu đảng viên đang công tác về sinh hoạt nơi cư trú</translation>
    </message>
    <message>
        <source>By type of workplace</source>
        <translation>Theo loại hình cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Type of workplace</source>
        <translation>Loại hình cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Coverage by type of workplace</source>
        <translation>Tỷ lệ tiếp nhận theo loại hình cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Received ÷ working members to be referred (%)</source>
        <translation>Đã tiếp nhận ÷ đảng viên phải giới thiệu (%)</translation>
    </message>
    <message>
        <source>By workplace organisation</source>
        <translation>Theo tổ chức đảng nơi công tác</translation>
    </message>
    <message>
        <source>Workplace organisation</source>
        <translation>Tổ chức đảng nơi công tác</translation>
    </message>
    <message>
        <source>Figures as of %1, from each working member&apos;s latest referral issued on or before that day.</source>
        <translation>Số liệu tính đến ngày %1, theo giấy giới thiệu gần nhất của mỗi đảng viên cấp đến ngày đó.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: not received more than %n day(s) after the letter was issued.</source>
        <translation>
            <numerusform>Quá hạn: chưa được tiếp nhận sau hơn %n ngày kể từ ngày cấp giấy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage = received ÷ (working members − not to be referred).</source>
        <translation>Tỷ lệ tiếp nhận = đã tiếp nhận ÷ (đảng viên đang công tác − không giới thiệu).</translation>
    </message>
</context>
<context>
    <name>cutru::reports::DataExport</name>
    <message>
        <source>Cannot write the export file %1: %2</source>
        <translation>Không ghi được tệp xuất %1: %2</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>không tạo được tệp</translation>
    </message>
    <message>
        <source>the sheet name &apos;%1&apos; is not valid</source>
        <translation>tên trang tính &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>No file was given to export to.</source>
        <translation>Chưa chỉ định tệp để xuất ra.</translation>
    </message>
    <message>
        <source>Exporting members writes their CCCD numbers. %1</source>
        <translation>Xuất đảng viên sẽ ghi cả số CCCD của họ. %1</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Liaison</name>
    <message>
        <source>Liaison activity</source>
        <translation>Hoạt động của cán bộ được phân công</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Đảng bộ xã, phường, thị trấn</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Số lần về cơ sở</translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation>Dự buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Vướng mắc nêu ra</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Chưa giải quyết</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Visits dated within the period to communes under the scope. Problems raised counts the problems recorded at those visits (a visit may raise several); a problem counts as resolved when it was resolved on or before %1; still open = problems raised − resolved.</source>
        <translation>Các lần về cơ sở trong kỳ báo cáo tại các xã thuộc phạm vi. Vướng mắc nêu ra là số vướng mắc ghi nhận trong các lần đó (một lần có thể nêu nhiều vướng mắc); vướng mắc được tính là đã giải quyết nếu được giải quyết đến hết ngày %1; chưa giải quyết = vướng mắc nêu ra − đã giải quyết.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::MemberRecord</name>
    <message>
        <source>No member has the party card number or CCCD &apos;%1&apos;.</source>
        <translation>Không có đảng viên nào có số thẻ đảng viên hoặc số CCCD &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, từ %2 đến %3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, từ %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, đến %2</translation>
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
        <translation>Miễn (không tính)</translation>
    </message>
    <message>
        <source>%1 (one of the cell&apos;s own members, not counted)</source>
        <translation>%1 (đảng viên của chi bộ, không tính)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>%1 is neither held, living nor referred under %2: choose a scope that covers the member.</source>
        <translation>%1 không sinh hoạt, không cư trú và không được giới thiệu về %2: hãy chọn phạm vi có đảng viên này.</translation>
    </message>
    <message>
        <source>Residence record of %1</source>
        <translation>Hồ sơ sinh hoạt nơi cư trú của %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Party card</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Membership held in</source>
        <translation>Nơi sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation>Địa chỉ nơi cư trú</translation>
    </message>
    <message>
        <source>Residence province</source>
        <translation>Tỉnh nơi cư trú</translation>
    </message>
    <message>
        <source>Residence commune</source>
        <translation>Xã nơi cư trú</translation>
    </message>
    <message>
        <source>Residence cell</source>
        <translation>Chi bộ nơi cư trú</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Giới thiệu sinh hoạt nơi cư trú</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Giấy giới thiệu</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Assigned cell</source>
        <translation>Chi bộ được phân về</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Ngày phân về</translation>
    </message>
    <message>
        <source>Exemption (Guideline 33)</source>
        <translation>Miễn (Hướng dẫn 33-HD/BTCTW)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Chấm dứt</translation>
    </message>
    <message>
        <source>%1 (outside the province)</source>
        <translation>%1 (ngoài tỉnh)</translation>
    </message>
    <message>
        <source>Attendance at residence meetings</source>
        <translation>Tham gia sinh hoạt ở nơi cư trú</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Đảng bộ xã, phường, thị trấn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình hình tham dự</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Lượt phải dự</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Absent with a reason: %1; without a reason: %2; not marked: %3; exempt: %4</source>
        <translation>Vắng có lý do: %1; vắng không lý do: %2; chưa ghi: %3; miễn: %4</translation>
    </message>
    <message>
        <source>Annual comments</source>
        <translation>Nhận xét hằng năm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Attendance lists the held meetings of the period where the member was expected, exempt or marked; the rate is present ÷ expected. Referrals and annual comments are listed in full.</source>
        <translation>Phần sinh hoạt liệt kê các buổi đã sinh hoạt trong kỳ mà đảng viên phải dự, được miễn hoặc đã được ghi; tỷ lệ = có mặt ÷ phải dự. Giới thiệu và nhận xét hằng năm được liệt kê đầy đủ.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
</context>
<context>
    <name>cutru::reports::OpenProblems</name>
    <message>
        <source>Open problems</source>
        <translation>Vướng mắc chưa giải quyết</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Ngày về cơ sở</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Số ngày tồn đọng</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Liaison cadre</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vướng mắc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Problems raised at liaison cadres&apos; visits to communes under the scope and not resolved on %1 (open or being resolved), the oldest visit first; days open are counted from the visit. Problems listed: %2.</source>
        <translation>Các vướng mắc nêu ra trong các lần cán bộ được phân công về các xã thuộc phạm vi mà đến ngày %1 chưa giải quyết xong (chưa giải quyết hoặc đang giải quyết), lần về cơ sở cũ nhất xếp trước; số ngày tồn đọng tính từ ngày về cơ sở. Số vướng mắc: %2.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::Overview</name>
    <message>
        <source>Organisation overview</source>
        <translation>Tổng quan về tổ chức</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Commune-level party committees</source>
        <translation>Đảng bộ xã, phường, thị trấn</translation>
    </message>
    <message>
        <source>Cells under commune-level committees</source>
        <translation>Chi bộ trực thuộc đảng bộ xã, phường, thị trấn</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Held in communes</source>
        <translation>Sinh hoạt ở các xã</translation>
    </message>
    <message>
        <source>Held in wards and townships</source>
        <translation>Sinh hoạt ở các phường, thị trấn</translation>
    </message>
    <message>
        <source>Working members (in workplace party organisations)</source>
        <translation>Đảng viên đang công tác (ở tổ chức đảng cơ quan, doanh nghiệp)</translation>
    </message>
    <message>
        <source>Working members by type of workplace</source>
        <translation>Đảng viên đang công tác theo loại hình đơn vị</translation>
    </message>
    <message>
        <source>Working members with an active referral</source>
        <translation>Đảng viên đang công tác đã được giới thiệu về nơi cư trú</translation>
    </message>
    <message>
        <source>Provincial liaison cadres</source>
        <translation>Cán bộ được Tỉnh ủy phân công phụ trách</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Tính đến ngày %1</translation>
    </message>
</context>
<context>
    <name>cutru::reports::ReferralLetters</name>
    <message>
        <source>There are no referral letters to write to %1.</source>
        <translation>Không có giấy giới thiệu sinh hoạt nào để ghi vào %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: printing needs the program&apos;s graphical part (QGuiApplication).</source>
        <translation>Không ghi được %1: việc in cần phần giao diện đồ họa của chương trình (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: the font Liberation Serif is not installed (Debian package fonts-liberation2).</source>
        <translation>Không ghi được %1: chưa cài phông chữ Liberation Serif (gói Debian fonts-liberation2).</translation>
    </message>
    <message>
        <source>Cannot write the referral letters to %1: %2</source>
        <translation>Không ghi được giấy giới thiệu sinh hoạt vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the referral letters to %1.</source>
        <translation>Không ghi được giấy giới thiệu sinh hoạt vào %1.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::ReportChart</name>
    <message>
        <source>Target %1 %</source>
        <translation>Mục tiêu %1 %</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mục tiêu %1</translation>
    </message>
</context>
<context>
    <name>cutru::reports::ReportPdf</name>
    <message>
        <source>printing needs the program&apos;s graphical part (QGuiApplication)</source>
        <translation>việc in cần phần đồ họa của chương trình (QGuiApplication)</translation>
    </message>
    <message>
        <source>the font Liberation Serif is not installed (Debian package fonts-liberation2)</source>
        <translation>chưa cài phông Liberation Serif (gói Debian fonts-liberation2)</translation>
    </message>
    <message>
        <source>the chart needs the program&apos;s graphical part (QApplication)</source>
        <translation>biểu đồ cần phần đồ họa của chương trình (QApplication)</translation>
    </message>
    <message>
        <source>the chart can only be drawn on the program&apos;s main thread</source>
        <translation>biểu đồ chỉ vẽ được trên luồng chính của chương trình</translation>
    </message>
    <message>
        <source>Cannot print the report: %1.</source>
        <translation>Không in được báo cáo: %1.</translation>
    </message>
    <message>
        <source>Cannot print the report: the printer or file could not be opened.</source>
        <translation>Không in được báo cáo: không mở được máy in hoặc tệp.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Không ghi được báo cáo vào %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Không ghi được báo cáo vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Không ghi được báo cáo vào %1.</translation>
    </message>
</context>
<context>
    <name>cutru::reports::ReportXlsx</name>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Không ghi được tệp Excel %1: %2</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>không tạo được tệp</translation>
    </message>
    <message>
        <source>the sheet name &apos;%1&apos; is not valid</source>
        <translation>tên trang tính &apos;%1&apos; không hợp lệ</translation>
    </message>
</context>
<context>
    <name>cutru::storage</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Tệp cơ sở dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new name.</source>
        <translation>Tệp %1 đã có; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>Không mở được tệp cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a CuTru database.</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu CuTru.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Không mở được tệp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable CuTru database.</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu CuTru dùng được.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of CuTru (schema %2; this version knows up to %3). Update CuTru to open it.</source>
        <translation>Cơ sở dữ liệu %1 do phiên bản CuTru mới hơn tạo ra (lược đồ %2; phiên bản này chỉ đọc được đến lược đồ %3). Hãy cập nhật CuTru để mở.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not CuTru.</source>
        <translation>Tệp %1 là cơ sở dữ liệu SQLite của chương trình khác, không phải của CuTru.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded: it is in use.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu %1: tệp đang được sử dụng.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to version %2; it was left unchanged at version %3.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu %1 lên phiên bản %2; tệp được giữ nguyên ở phiên bản %3.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận ghi thay đổi của người khác. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The change could not be saved: the database is busy or read-only.</source>
        <translation>Không lưu được thay đổi: cơ sở dữ liệu đang bận hoặc chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>The parent organisation of %1 does not exist.</source>
        <translation>Tổ chức cấp trên của %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The database %1 could not be read: its structure is not what CuTru expects.</source>
        <translation>Không đọc được cơ sở dữ liệu %1: cấu trúc của tệp không đúng như CuTru cần.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Thay đổi vi phạm một quy tắc của cơ sở dữ liệu nên chưa được lưu.</translation>
    </message>
    <message>
        <source>The database could not complete the operation.</source>
        <translation>Cơ sở dữ liệu không thực hiện được thao tác.</translation>
    </message>
    <message>
        <source>The database %1 could not be switched back to its normal journal mode.</source>
        <translation>Không đưa được cơ sở dữ liệu %1 trở lại chế độ ghi nhật ký thông thường.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged and cannot be restored. Choose another backup.</source>
        <translation>Tệp sao lưu %1 bị hỏng, không khôi phục được. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a CuTru backup.</source>
        <translation>Tệp %1 là cơ sở dữ liệu SQLite của chương trình khác, không phải bản sao lưu của CuTru.</translation>
    </message>
    <message>
        <source>The safety copy %1 of the current database could not be written, so nothing was restored.</source>
        <translation>Không ghi được bản sao dự phòng %1 của cơ sở dữ liệu hiện tại nên chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself (%1). Choose another file.</source>
        <translation>Không thể ghi bản sao lưu đè lên chính cơ sở dữ liệu (%1). Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; choose a file name for the backup.</source>
        <translation>%1 là thư mục, không phải tệp; hãy chọn tên tệp cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The backup cannot be written to the folder %1: it is read-only.</source>
        <translation>Không ghi được bản sao lưu vào thư mục %1: thư mục chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: the disk is full.</source>
        <translation>Không ghi được bản sao lưu vào %1: ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <source>The database %1 could not be backed up: it is damaged. Restore it from an earlier backup.</source>
        <translation>Không sao lưu được cơ sở dữ liệu %1: cơ sở dữ liệu bị hỏng. Hãy khôi phục từ một bản sao lưu trước đó.</translation>
    </message>
    <message>
        <source>The database %1 could not be read for the backup: it is busy or cannot be read.</source>
        <translation>Không đọc được cơ sở dữ liệu %1 để sao lưu: cơ sở dữ liệu đang bận hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Không ghi được bản sao lưu vào %1.</translation>
    </message>
    <message>
        <source>The backup written to %1 did not pass its check and was removed. The disk may be failing; try another place.</source>
        <translation>Bản sao lưu ghi vào %1 không qua được bước kiểm tra nên đã bị xóa. Có thể ổ đĩa đang bị lỗi; hãy thử lưu vào nơi khác.</translation>
    </message>
    <message>
        <source>The backup could not be put in place as %1.</source>
        <translation>Không đặt được bản sao lưu vào đúng vị trí %1.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Tệp sao lưu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 là thư mục, không phải tệp sao lưu.</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a CuTru backup.</source>
        <translation>Tệp %1 trống, không phải bản sao lưu của CuTru.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp sao lưu %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a CuTru backup: it is not a database file.</source>
        <translation>Tệp %1 không phải bản sao lưu của CuTru: đây không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read.</source>
        <translation>Không đọc được tệp sao lưu %1.</translation>
    </message>
    <message>
        <source>The file %1 is an empty database, not a CuTru backup.</source>
        <translation>Tệp %1 là một cơ sở dữ liệu trống, không phải bản sao lưu của CuTru.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CuTru (schema %2; this version knows up to %3). Update CuTru to restore it.</source>
        <translation>Bản sao lưu %1 do phiên bản CuTru mới hơn tạo ra (lược đồ %2; phiên bản này chỉ đọc được đến lược đồ %3). Hãy cập nhật CuTru để khôi phục.</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>Đã hủy việc kiểm tra %1.</translation>
    </message>
    <message>
        <source>The backup %1 is the database itself; choose a backup file.</source>
        <translation>Bản sao lưu %1 chính là cơ sở dữ liệu cần khôi phục; hãy chọn một tệp sao lưu.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database %1 could not be restored: the disk is full. It was left as it was.</source>
        <translation>Không khôi phục được cơ sở dữ liệu %1: ổ đĩa đã đầy. Cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database %1 could not be restored: another program is using it. Close it there and try again; nothing was changed.</source>
        <translation>Không khôi phục được cơ sở dữ liệu %1: một chương trình khác đang sử dụng cơ sở dữ liệu này. Hãy đóng nó trong chương trình đó rồi thử lại; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 could not be restored from %2; it was left as it was.</source>
        <translation>Không khôi phục được cơ sở dữ liệu %1 từ %2; cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but it could not be brought up to this version of CuTru: %2</source>
        <translation>Đã khôi phục bản sao lưu vào %1 nhưng không nâng cấp được lên phiên bản CuTru này: %2</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but it could not be brought up to this version of CuTru: %2 The database as it was before is kept in %3.</source>
        <translation>Đã khôi phục bản sao lưu vào %1 nhưng không nâng cấp được lên phiên bản CuTru này: %2 Cơ sở dữ liệu trước khi khôi phục được giữ lại trong %3.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened safely: the SQLite library in use cannot protect the change history.</source>
        <translation>Không thể mở an toàn tệp cơ sở dữ liệu %1: thư viện SQLite đang dùng không bảo vệ được lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>The database file %1 could not be checked: it is in use or cannot be read.</source>
        <translation>Không kiểm tra được tệp cơ sở dữ liệu %1: tệp đang được sử dụng hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, so CuTru did not open it (nothing in it was changed). Restore it from a backup (File → Restore from a backup…, or cutru-cli restore), or ask your administrator for help.</source>
        <translation>Tệp cơ sở dữ liệu %1 bị hỏng nên CuTru không mở (không có gì trong tệp bị thay đổi). Hãy khôi phục từ bản sao lưu (Tệp → Khôi phục từ bản sao lưu…, hoặc cutru-cli restore), hoặc nhờ quản trị viên hỗ trợ.</translation>
    </message>
    <message>
        <source>The password of %1 could not be prepared for the server.</source>
        <translation>Không chuẩn bị được mật khẩu của %1 cho máy chủ.</translation>
    </message>
    <message>
        <source>The user name %1 cannot be used on this server: a database role of that name already exists and is not this database&apos;s account (or the name is reserved). Choose another user name.</source>
        <translation>Không dùng được tên đăng nhập %1 trên máy chủ này: đã có một vai trò cơ sở dữ liệu trùng tên không thuộc tài khoản của cơ sở dữ liệu này (hoặc tên đó được dành riêng). Hãy chọn tên đăng nhập khác.</translation>
    </message>
    <message>
        <source>Only the provincial board can change the database role of the account %1.</source>
        <translation>Chỉ Ban Tổ chức Tỉnh ủy mới được thay đổi vai trò cơ sở dữ liệu của tài khoản %1.</translation>
    </message>
    <message>
        <source>The server did not let CuTru create or change the database role %1: the role that owns the database&apos;s tables needs the CREATEROLE attribute.</source>
        <translation>Máy chủ không cho CuTru tạo hoặc thay đổi vai trò cơ sở dữ liệu %1: vai trò sở hữu các bảng của cơ sở dữ liệu cần có thuộc tính CREATEROLE.</translation>
    </message>
    <message>
        <source>The database role of the account %1 could not be created or changed.</source>
        <translation>Không tạo hoặc thay đổi được vai trò cơ sở dữ liệu của tài khoản %1.</translation>
    </message>
    <message>
        <source>The database %1 is on a PostgreSQL server: CuTru restores only database files. The server&apos;s administrator restores it with pg_restore from a pg_dump backup.</source>
        <translation>Cơ sở dữ liệu %1 nằm trên máy chủ PostgreSQL: CuTru chỉ khôi phục tệp cơ sở dữ liệu. Người quản trị máy chủ khôi phục nó bằng pg_restore từ bản sao lưu của pg_dump.</translation>
    </message>
    <message>
        <source>The database %1 is on a PostgreSQL server: CuTru backs up only database files. The server&apos;s administrator backs it up with pg_dump.</source>
        <translation>Cơ sở dữ liệu %1 nằm trên máy chủ PostgreSQL: CuTru chỉ sao lưu tệp cơ sở dữ liệu. Người quản trị máy chủ sao lưu nó bằng pg_dump.</translation>
    </message>
    <message>
        <source>CuTru cannot reach PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>CuTru không kết nối được máy chủ PostgreSQL trên máy tính này: thiếu trình điều khiển PostgreSQL của Qt (gói Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 needs a password for this user and none was given (the password prompt, PGPASSWORD or a pgpass file).</source>
        <translation>Máy chủ %1 cần mật khẩu cho người dùng này nhưng không có mật khẩu nào được đưa ra (hộp hỏi mật khẩu, PGPASSWORD hoặc tệp pgpass).</translation>
    </message>
    <message>
        <source>The server %1 refused the password for this user.</source>
        <translation>Máy chủ %1 từ chối mật khẩu của người dùng này.</translation>
    </message>
    <message>
        <source>CuTru cannot connect to the database server %1: %2</source>
        <translation>CuTru không kết nối được máy chủ cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, not CuTru&apos;s.</source>
        <translation>Cơ sở dữ liệu %1 chứa bảng của chương trình khác, không phải của CuTru.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty: it has no CuTru data yet.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ còn trống: chưa có dữ liệu CuTru.</translation>
    </message>
    <message>
        <source>The database %1 on the server already holds CuTru data; give an empty database.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ đã có dữ liệu CuTru; hãy chỉ định một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.</source>
        <translation>Không đọc được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The database %1 is busy. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu %1 đang bận. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The copy to %1 could not be committed; nothing was copied.</source>
        <translation>Không ghi hẳn được bản chép sang %1; không có gì được chép.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a CuTru database: it has a table named &quot;%2&quot;.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu CuTru: tệp có bảng tên &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file %1 is not a CuTru database: table %2 has a column named &quot;%3&quot;.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu CuTru: bảng %2 có cột tên &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The tables of %1 refer to each other in a circle; CuTru cannot copy them in order.</source>
        <translation>Các bảng của %1 tham chiếu vòng tròn lẫn nhau; CuTru không chép được theo thứ tự.</translation>
    </message>
    <message>
        <source>The database %1 on the server could not be read.</source>
        <translation>Không đọc được cơ sở dữ liệu %1 trên máy chủ.</translation>
    </message>
    <message>
        <source>The database %1 on the server has no table %2, which the file has. Are the server&apos;s schema and this CuTru of the same version?</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ không có bảng %2 mà tệp có. Lược đồ trên máy chủ và CuTru này có cùng phiên bản không?</translation>
    </message>
    <message>
        <source>The table %1 has other columns on the server (%2) than in the file (%3); nothing was copied.</source>
        <translation>Bảng %1 trên máy chủ có các cột (%2) khác với trong tệp (%3); không có gì được chép.</translation>
    </message>
    <message>
        <source>The server %1 refused rows of table %2, so nothing was copied. The file may hold data the server&apos;s rules do not accept; the log has the server&apos;s reason.</source>
        <translation>Máy chủ %1 từ chối các dòng của bảng %2 nên không có gì được chép. Tệp có thể chứa dữ liệu mà quy tắc của máy chủ không chấp nhận; nhật ký ghi lý do của máy chủ.</translation>
    </message>
    <message>
        <source>The server %1 cannot take the rows of table %2; nothing was copied.</source>
        <translation>Máy chủ %1 không nhận được các dòng của bảng %2; không có gì được chép.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Đã hủy việc chép; không có gì được chép.</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Đang chép %1</translation>
    </message>
    <message>
        <source>The numbering of table %1 on the server %2 could not be set; nothing was copied.</source>
        <translation>Không đặt được bộ đánh số của bảng %1 trên máy chủ %2; không có gì được chép.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Đang kiểm tra %1</translation>
    </message>
    <message>
        <source>The database to copy must be a CuTru database file, not the server address %1.</source>
        <translation>Cơ sở dữ liệu cần chép phải là một tệp cơ sở dữ liệu CuTru, không phải địa chỉ máy chủ %1.</translation>
    </message>
    <message>
        <source>The copy goes to a PostgreSQL server: give a postgresql:// address, not %1.</source>
        <translation>Dữ liệu được chép lên máy chủ PostgreSQL: hãy đưa địa chỉ postgresql://, không phải %1.</translation>
    </message>
    <message>
        <source>The copy to %1 failed; nothing was copied.</source>
        <translation>Chép sang %1 không thành công; không có gì được chép.</translation>
    </message>
    <message>
        <source>Only the role that owns CuTru&apos;s tables on the server may copy a file into %1; the role %2 does not own table %3.</source>
        <translation>Chỉ vai trò sở hữu các bảng của CuTru trên máy chủ mới được chép tệp vào %1; vai trò %2 không sở hữu bảng %3.</translation>
    </message>
    <message>
        <source>The database %1 on the server already holds CuTru data (tables %2); give an empty database.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ đã có dữ liệu CuTru (các bảng %2); hãy chỉ định một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The copy to %1 did not match the file (tables %2), so nothing was copied.</source>
        <translation>Bản chép sang %1 không khớp với tệp (các bảng %2) nên không có gì được chép.</translation>
    </message>
    <message>
        <source>No database was given: name an SQLite file or a postgresql:// address.</source>
        <translation>Chưa chỉ định cơ sở dữ liệu: hãy đưa một tệp SQLite hoặc một địa chỉ postgresql://.</translation>
    </message>
    <message>
        <source>The server address %1 is not a valid postgresql:// address: %2</source>
        <translation>Địa chỉ máy chủ %1 không phải địa chỉ postgresql:// hợp lệ: %2</translation>
    </message>
    <message>
        <source>The server address must not contain a password. CuTru asks for it, or reads it from PGPASSWORD or a pgpass file.</source>
        <translation>Địa chỉ máy chủ không được chứa mật khẩu. CuTru sẽ hỏi mật khẩu, hoặc đọc từ PGPASSWORD hay tệp pgpass.</translation>
    </message>
    <message>
        <source>The server address %1 has an invalid port.</source>
        <translation>Địa chỉ máy chủ %1 có cổng không hợp lệ.</translation>
    </message>
    <message>
        <source>The server address %1 does not name a database (postgresql://host/database).</source>
        <translation>Địa chỉ máy chủ %1 không nêu tên cơ sở dữ liệu (postgresql://máy_chủ/csdl).</translation>
    </message>
    <message>
        <source>The server address option &quot;%1&quot; is not supported.</source>
        <translation>Tùy chọn &quot;%1&quot; của địa chỉ máy chủ không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The server address option &quot;%1&quot; has an invalid value.</source>
        <translation>Tùy chọn &quot;%1&quot; của địa chỉ máy chủ có giá trị không hợp lệ.</translation>
    </message>
    <message>
        <source>The database server refused the change: your account may not change these records. Nothing was saved.</source>
        <translation>Máy chủ cơ sở dữ liệu từ chối thay đổi: tài khoản của bạn không được thay đổi các bản ghi này. Chưa có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>cutru::tabular</name>
    <message>
        <source>%1, line %2: the text is not valid UTF-8.</source>
        <translation>%1, dòng %2: văn bản không phải UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid UTF-16.</source>
        <translation>%1, dòng %2: văn bản không phải UTF-16 hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot read %1: this system has no Windows-1258 converter.</source>
        <translation>Không đọc được %1: hệ thống này không có bộ chuyển đổi bảng mã Windows-1258.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor Windows-1258. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1, dòng %2: văn bản không phải UTF-8 cũng không phải Windows-1258. Hãy lưu tệp dưới dạng &quot;CSV UTF-8&quot; rồi thử lại.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid Windows-1258.</source>
        <translation>%1, dòng %2: văn bản không phải Windows-1258 hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate the columns of %1.</source>
        <translation>Dấu nháy kép hoặc dấu xuống dòng không thể dùng làm dấu phân cách cột của %1.</translation>
    </message>
    <message>
        <source>%1 has no header row: all its rows are empty.</source>
        <translation>%1 không có dòng tiêu đề: mọi dòng đều trống.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: it cannot be opened as an Excel workbook (%2).</source>
        <translation>%1 bị hỏng hoặc không đầy đủ: không thể mở như một sổ làm việc Excel (%2).</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, cell %3%4: the workbook refers to a shared text that it does not hold; the file is damaged.</source>
        <translation>%1, trang tính &quot;%2&quot;, ô %3%4: sổ làm việc tham chiếu đến một chuỗi văn bản dùng chung mà nó không chứa; tệp bị hỏng.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has no header row: it is empty.</source>
        <translation>%1: trang tính &quot;%2&quot; không có dòng tiêu đề: trang tính trống.</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the part %2 is missing.</source>
        <translation>%1 không phải là sổ làm việc Excel đầy đủ: thiếu phần %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be read (%3).</source>
        <translation>%1 bị hỏng: không đọc được phần %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be read.</source>
        <translation>%1 bị hỏng: không đọc được phần %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not well-formed XML (line %3: %4).</source>
        <translation>%1 bị hỏng: phần %2 không phải XML đúng cú pháp (dòng %3: %4).</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive but not an Excel workbook (it holds no %2).</source>
        <translation>%1 là tệp nén ZIP nhưng không phải sổ làm việc Excel (không chứa %2).</translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook does not say where its sheet &quot;%2&quot; is.</source>
        <translation>%1 bị hỏng: sổ làm việc không cho biết trang tính &quot;%2&quot; nằm ở đâu.</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook without sheets.</source>
        <translation>%1 là sổ làm việc Excel không có trang tính nào.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are %3.</source>
        <translation>%1 không có trang tính nào tên là &quot;%2&quot;; các trang tính của tệp là %3.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tự nhận biết</translation>
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
        <translation>Windows-1258 (tiếng Việt)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
</context>
</TS>
