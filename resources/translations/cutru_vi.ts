<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
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
        <source>Referral letters, their reception by commune committees and the assignment to residence cells arrive in a later version of CuTru.</source>
        <translation>Giấy giới thiệu sinh hoạt, việc tiếp nhận của đảng ủy xã, phường, thị trấn và phân công về chi bộ nơi cư trú sẽ có trong phiên bản sau của CuTru.</translation>
    </message>
    <message>
        <source>Residence cell meetings and attendance arrive in a later version of CuTru.</source>
        <translation>Sinh hoạt của chi bộ nơi cư trú và điểm danh sẽ có trong phiên bản sau của CuTru.</translation>
    </message>
    <message>
        <source>Annual comments by residence cells arrive in a later version of CuTru.</source>
        <translation>Nhận xét hằng năm của chi bộ nơi cư trú sẽ có trong phiên bản sau của CuTru.</translation>
    </message>
    <message>
        <source>Printable reports and exports arrive in a later version of CuTru.</source>
        <translation>Báo cáo để in và xuất dữ liệu sẽ có trong phiên bản sau của CuTru.</translation>
    </message>
    <message>
        <source>Provincial liaison cadres and their visits arrive in a later version of CuTru.</source>
        <translation>Cán bộ được Tỉnh ủy phân công và các lần về cơ sở sẽ có trong phiên bản sau của CuTru.</translation>
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
        <source>This member was changed or removed by someone else after you opened it. Reload the record and make your change again.</source>
        <translation>Hồ sơ đảng viên này đã bị người khác sửa hoặc xóa sau khi bạn mở. Hãy mở lại hồ sơ rồi sửa lại.</translation>
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
        <source>The comment text is required.</source>
        <translation>Cần nhập nội dung nhận xét.</translation>
    </message>
    <message>
        <source>A comment is sent after it is written.</source>
        <translation>Ngày gửi nhận xét không được trước ngày viết.</translation>
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
        <source>&apos;demo&apos; needs --out FILE.</source>
        <translation>Lệnh &apos;demo&apos; cần --out TỆP.</translation>
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
        <source>CuTru command line: party members at their place of residence.

Commands:
  init --out FILE              create an empty database of the current schema
  demo --out FILE [--seed N]   build the Thái Bình 2012 demo province
  info --db FILE               schema version and the organisation overview</source>
        <translation>CuTru dòng lệnh: đảng viên sinh hoạt nơi cư trú.

Các lệnh:
  init --out TỆP               tạo cơ sở dữ liệu trống theo lược đồ hiện hành
  demo --out TỆP [--seed N]    tạo tỉnh mẫu Thái Bình năm 2012
  info --db TỆP                phiên bản lược đồ và số liệu tổng quan về tổ chức</translation>
    </message>
    <message>
        <source>init, demo or info</source>
        <translation>init, demo hoặc info</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>Tệp cơ sở dữ liệu cần mở.</translation>
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
</context>
</TS>
