<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>ApologyDialog</name>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="86"/>
        <source>Xin lỗi, hẹn lại ngày trả kết quả — %1</source>
        <translation>Apology and new appointment — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="103"/>
        <source>Ví dụ: Cần xác minh thêm thông tin tại nơi cư trú trước đây</source>
        <translation>Example: information must be checked at the previous place of residence</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="105"/>
        <source>Lý do chậm trễ (bắt buộc):</source>
        <translation>Reason for the delay (required):</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="107"/>
        <source>Hẹn trả kết quả mới</source>
        <translation>New appointment for the result</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="109"/>
        <source>Gia hạn thêm</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="110"/>
        <source>Chọn ngày giờ</source>
        <translation>Choose date and time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="136"/>
        <source>Người ký văn bản</source>
        <translation>Signatory of the letter</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="140"/>
        <source>Cấp phó ký thay (in «KT.» trước chức vụ)</source>
        <translation>Deputy signs on behalf (the letter prints “KT.” before the title)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="141"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="142"/>
        <source>Chức vụ:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="153"/>
        <source>Lưu và xem văn bản (Mẫu 04)</source>
        <translation>Save and view the letter (Form 04)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="157"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="170"/>
        <source>Không mở được hồ sơ</source>
        <translation>Cannot open the dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="179"/>
        <source>Hẹn trả hiện tại: %1</source>
        <translation>Current appointment: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="181"/>
        <source>Hẹn trả ban đầu: %1</source>
        <translation>Original appointment: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/apology_dialog.py" line="183"/>
        <source>Đã hẹn lại %n lần.</source>
        <translation>
            <numerusform>Rescheduled %n time.</numerusform>
            <numerusform>Rescheduled %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="215"/>
        <source>→ Hẹn trả mới: %1</source>
        <translation>→ New appointment: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="241"/>
        <source>Cần ghi rõ lý do chậm trễ: văn bản xin lỗi gửi người dân nêu lý do này.</source>
        <translation>Please state the reason for the delay: the apology letter to the citizen gives this reason.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="246"/>
        <source>Chưa tính được ngày hẹn trả mới: kiểm tra thời gian gia hạn.</source>
        <translation>Cannot work out the new appointment: check the extension.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="271"/>
        <source>Văn bản xin lỗi (Mẫu 04) — %1</source>
        <translation>Apology letter (Form 04) — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="276"/>
        <source>Đã lưu văn bản xin lỗi nhưng chưa in được</source>
        <translation>Apology letter saved but not printed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/apology_dialog.py" line="282"/>
        <source>Không lưu được văn bản xin lỗi</source>
        <translation>Cannot save the apology letter</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="124"/>
        <source>Nhật ký hệ thống</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="140"/>
        <location filename="../../desk_app/gui/audit_page.py" line="226"/>
        <location filename="../../desk_app/gui/audit_page.py" line="347"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="146"/>
        <source>mã hồ sơ</source>
        <translation>dossier number</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="147"/>
        <source>Mã hồ sơ, hoặc phần đầu của mã</source>
        <translation>A dossier number, or its beginning</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="151"/>
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="155"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="155"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="156"/>
        <location filename="../../desk_app/gui/audit_page.py" line="187"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="156"/>
        <location filename="../../desk_app/gui/audit_page.py" line="188"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="157"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="164"/>
        <source>Kiểm tra toàn vẹn</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="165"/>
        <source>Kiểm tra tệp dữ liệu và chuỗi nhật ký: một bản ghi bị sửa hay xóa sẽ được chỉ ra.</source>
        <translation>Check the data file and the chain of the audit trail: any record changed or deleted is pointed out.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="168"/>
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="169"/>
        <source>Chép toàn bộ dữ liệu vào một thư mục (ví dụ ổ USB).</source>
        <translation>Copy all the data to a folder (a USB drive, for example).</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="171"/>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="172"/>
        <source>Thay dữ liệu trên máy bằng một bản sao lưu.</source>
        <translation>Replace the data on this computer with a backup.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="187"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="187"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="188"/>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="188"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="227"/>
        <location filename="../../desk_app/gui/audit_page.py" line="248"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier intake</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="228"/>
        <source>Xử lý hồ sơ</source>
        <translation>Dossier processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="229"/>
        <location filename="../../desk_app/gui/audit_page.py" line="248"/>
        <source>Văn bản xin lỗi</source>
        <translation>Apology letter</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="230"/>
        <source>In giấy tờ</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="231"/>
        <source>Xuất báo cáo</source>
        <translation>Report export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="232"/>
        <location filename="../../desk_app/gui/audit_page.py" line="249"/>
        <source>Đánh giá</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="233"/>
        <source>Đăng nhập (cả lần sai)</source>
        <translation>Login (failed ones too)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="234"/>
        <location filename="../../desk_app/gui/audit_page.py" line="251"/>
        <source>Đăng nhập sai</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="235"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="236"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="237"/>
        <location filename="../../desk_app/gui/audit_page.py" line="251"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="238"/>
        <location filename="../../desk_app/gui/audit_page.py" line="249"/>
        <source>Thiết lập đơn vị</source>
        <translation>Office setup</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="239"/>
        <location filename="../../desk_app/gui/audit_page.py" line="250"/>
        <source>Đổi thiết lập</source>
        <translation>Settings change</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="240"/>
        <source>Lịch làm việc</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="241"/>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="242"/>
        <location filename="../../desk_app/gui/audit_page.py" line="252"/>
        <source>Đồng hồ bất thường</source>
        <translation>Clock anomaly</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="250"/>
        <source>Đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="252"/>
        <source>Tạo dữ liệu mẫu</source>
        <translation>Sample data created</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="253"/>
        <source>Tạo tài khoản</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="253"/>
        <source>Đặt mật khẩu</source>
        <translation>Password set</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="254"/>
        <source>Xuất gói đồng bộ</source>
        <translation>Sync package exported</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="254"/>
        <source>Xuất lại gói đồng bộ</source>
        <translation>Sync package exported again</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="255"/>
        <source>Nhận gói danh mục</source>
        <translation>Reference package received</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="255"/>
        <source>Sửa thủ tục</source>
        <translation>Procedure edited</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="256"/>
        <source>Nhập danh mục thủ tục</source>
        <translation>Procedure catalogue imported</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="256"/>
        <source>Thêm ngày nghỉ</source>
        <translation>Day off added</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="257"/>
        <source>Thêm ngày làm bù</source>
        <translation>Make-up working day added</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="257"/>
        <source>Bỏ ngày nghỉ/làm bù</source>
        <translation>Day off / make-up day removed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="270"/>
        <source>Xử lý hồ sơ: {kind}</source>
        <translation>Dossier processing: {kind}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="272"/>
        <source>In: {form}</source>
        <translation>Printed: {form}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="274"/>
        <source>Xuất báo cáo ({kind})</source>
        <translation>Report exported ({kind})</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="278"/>
        <source>Giấy tiếp nhận (Mẫu 01)</source>
        <translation>Receipt (Form 01)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="278"/>
        <source>Yêu cầu bổ sung (Mẫu 02)</source>
        <translation>Supplement request (Form 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="279"/>
        <source>Từ chối tiếp nhận (Mẫu 03)</source>
        <translation>Refusal (Form 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="279"/>
        <source>Văn bản xin lỗi (Mẫu 04)</source>
        <translation>Apology letter (Form 04)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="280"/>
        <source>Dừng giải quyết (Mẫu 05)</source>
        <translation>Stopped processing (Form 05)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="280"/>
        <source>Phiếu kiểm soát (Mẫu 06)</source>
        <translation>Control sheet (Form 06)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="281"/>
        <source>Sổ theo dõi (Mẫu 07)</source>
        <translation>Dossier register (Form 07)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="287"/>
        <source>thủ tục</source>
        <translation>procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="287"/>
        <source>nhận lúc</source>
        <translation>received at</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="287"/>
        <source>hẹn trả</source>
        <translation>appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="288"/>
        <source>lý do</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="288"/>
        <source>lúc</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="288"/>
        <source>vai trò</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="289"/>
        <source>lần sai</source>
        <translation>failed attempts</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="289"/>
        <source>hẹn cũ</source>
        <translation>old appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="289"/>
        <source>hẹn mới</source>
        <translation>new appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="290"/>
        <source>số dòng</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="290"/>
        <source>phiên bản</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="290"/>
        <source>mức</source>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="291"/>
        <source>đơn vị</source>
        <translation>office</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="291"/>
        <source>quầy</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="291"/>
        <source>số hồ sơ</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="292"/>
        <source>tệp</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="292"/>
        <source>tên</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="292"/>
        <source>số mục đổi</source>
        <translation>items changed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="293"/>
        <source>nội dung</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="293"/>
        <source>mã hóa dữ liệu cá nhân</source>
        <translation>personal data encrypted</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="297"/>
        <source>thay đổi số {a}–{b}</source>
        <translation>changes {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="302"/>
        <source>không có tài khoản này</source>
        <translation>no such account</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="304"/>
        <source>Cán bộ tiếp nhận</source>
        <translation>Intake clerk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="304"/>
        <source>Lãnh đạo</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="305"/>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="314"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="314"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="393"/>
        <source>Không có bản ghi nào khớp bộ lọc.</source>
        <translation>No record matches the filter.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="395"/>
        <source>Hiển thị {n} bản ghi mới nhất; thu hẹp khoảng ngày hoặc bộ lọc để xem các bản ghi cũ hơn.</source>
        <translation>Showing the {n} newest records; narrow the dates or the filter to see older ones.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="398"/>
        <source>{n} bản ghi, mới nhất ở trên.</source>
        <translation>{n} records, newest first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="424"/>
        <source>Đang kiểm tra tệp dữ liệu và chuỗi nhật ký…</source>
        <translation>Checking the data file and the audit trail…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="442"/>
        <source>Kiểm tra lúc {time}: tệp dữ liệu nguyên vẹn, chuỗi nhật ký liền mạch — không có bản ghi nào bị sửa hay xóa.</source>
        <translation>Checked at {time}: the data file is intact and the audit trail unbroken — no record was changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="448"/>
        <source>Tệp dữ liệu bị hỏng: {detail}.</source>
        <translation>The data file is damaged: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="450"/>
        <source>Nhật ký hệ thống {detail}.</source>
        <translation>Audit trail: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="453"/>
        <source>Kiểm tra lúc {time}: PHÁT HIỆN SAI LỆCH. {problems} Hãy báo lãnh đạo và bộ phận kỹ thuật; giữ nguyên máy và các bản sao lưu.</source>
        <translation>Checked at {time}: TAMPERING FOUND. {problems} Tell the head of office and technical support; leave the computer and the backups as they are.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="458"/>
        <source>Dữ liệu không toàn vẹn</source>
        <translation>Data not intact</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="478"/>
        <source>Chưa kiểm tra được</source>
        <translation>Could not check</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="492"/>
        <location filename="../../desk_app/gui/audit_page.py" line="523"/>
        <source>Chưa sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="495"/>
        <source>Chọn thư mục để chép bản sao lưu (ví dụ ổ USB)</source>
        <translation>Choose a folder for the backup (a USB drive, for example)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="502"/>
        <source>Không tìm thấy thư mục {folder} (ổ USB đã rút ra?). Dữ liệu trên máy vẫn an toàn; hãy cắm lại ổ hoặc chọn thư mục khác.</source>
        <translation>The folder {folder} cannot be found (was the USB drive removed?). The data on this computer is safe; plug the drive in again or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="517"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="517"/>
        <source>Đã chép toàn bộ dữ liệu vào tệp:
{file}</source>
        <translation>All the data was copied to the file:
{file}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="526"/>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="527"/>
        <source>Bản sao lưu ({patterns})</source>
        <translation>Backups ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="531"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="532"/>
        <source>Toàn bộ dữ liệu trên máy sẽ được thay bằng bản sao lưu «{file}». Những gì ghi sau thời điểm sao lưu sẽ không còn trong ứng dụng (dữ liệu hiện tại vẫn được chép giữ lại trong thư mục backups). Sau khi khôi phục, ứng dụng cần khởi động lại.

Khôi phục?</source>
        <translation>All the data on this computer will be replaced by the backup “{file}”. Anything recorded after the backup was made will no longer be in the application (the current data is kept as a copy in the backups folder). After the restore the application must be restarted.

Restore?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="536"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="536"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="556"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="557"/>
        <source>Đã khôi phục dữ liệu từ «{file}». Dữ liệu trước đó được chép giữ lại trong thư mục {folder}.

Ứng dụng cần khởi động lại: hãy đóng và mở lại ứng dụng trước khi làm việc tiếp.</source>
        <translation>The data was restored from “{file}”. The previous data is kept as a copy in the folder {folder}.

The application must be restarted: close it and open it again before you carry on.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="564"/>
        <source>Chưa khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/audit_page.py" line="570"/>
        <source>Không được phép</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="35"/>
        <source>Sổ theo dõi hồ sơ (Mẫu 07)</source>
        <translation>Dossier tracking book (Form 07)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="44"/>
        <source>Xem và in (PDF)</source>
        <translation>View and print (PDF)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="45"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="47"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="54"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="55"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="88"/>
        <source>Xuất sổ theo dõi ra Excel</source>
        <translation>Export the tracking book to Excel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="90"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/book_dialog.py" line="96"/>
        <source>Đã lưu {file}</source>
        <translation>Saved {file}</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="82"/>
        <source>Tiếp cận dịch vụ</source>
        <translation>Access to the service</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="83"/>
        <source>Nơi làm thủ tục, chỉ dẫn, thời gian chờ</source>
        <translation>The premises, directions, waiting time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="84"/>
        <source>Thủ tục hành chính</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="85"/>
        <source>Giấy tờ, biểu mẫu, phí, thời hạn</source>
        <translation>Documents, forms, fees, time limits</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="86"/>
        <source>Công chức phục vụ</source>
        <translation>The officer who served you</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="87"/>
        <source>Thái độ, cách hướng dẫn, giải thích</source>
        <translation>Attitude, guidance, explanations</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="88"/>
        <source>Kết quả giải quyết</source>
        <translation>The result</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="89"/>
        <source>Đúng hẹn, đầy đủ, chính xác</source>
        <translation>On time, complete, correct</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="90"/>
        <source>Tiếp nhận góp ý, phản ánh</source>
        <translation>Handling of comments and complaints</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="91"/>
        <source>Cách ghi nhận và trả lời ý kiến</source>
        <translation>How opinions are recorded and answered</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="332"/>
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="383"/>
        <source>Ông/Bà có hài lòng với sự phục vụ hôm nay không?</source>
        <translation>Are you satisfied with our service today?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="406"/>
        <source>Ông/Bà chưa hài lòng về điều gì?</source>
        <translation>What were you not satisfied with?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="407"/>
        <source>Chọn một hoặc nhiều mục dưới đây (không bắt buộc)</source>
        <translation>Choose one or more items below (optional)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/citizen_screen.py" line="422"/>
        <source>Góp ý thêm (không bắt buộc, tối đa %n ký tự):</source>
        <translation>
            <numerusform>Further comments (optional, up to %n character):</numerusform>
            <numerusform>Further comments (optional, up to %n characters):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="427"/>
        <source>Nhập góp ý của Ông/Bà tại đây</source>
        <translation>Type your comments here</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="434"/>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="435"/>
        <source>Gửi đánh giá</source>
        <translation>Send rating</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="472"/>
        <source>Xin cảm ơn Ông/Bà!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="473"/>
        <source>Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.</source>
        <translation>Your opinion helps us serve you better.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="474"/>
        <source>Màn hình sẽ tự trở lại sau ít giây.</source>
        <translation>This screen resets in a few seconds.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="498"/>
        <source>Chạm vào một ô, hoặc bấm phím số 1 – %1 trên bàn phím</source>
        <translation>Touch a box, or press a number key 1 – %1 on the keyboard</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="575"/>
        <source>Hồ sơ %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="577"/>
        <source>Công chức phục vụ: %1</source>
        <translation>Served by: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="593"/>
        <location filename="../../desk_app/gui/citizen_screen.py" line="594"/>
        <source>Xin chờ giây lát…</source>
        <translation>One moment, please…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="735"/>
        <source>lỗi không mong đợi, xem nhật ký lỗi</source>
        <translation>unexpected error, see the error log</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="736"/>
        <source>Chưa ghi được đánh giá của người dân: %1</source>
        <translation>The citizen&apos;s rating was not recorded: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/citizen_screen.py" line="749"/>
        <source>Xin lỗi, đánh giá chưa được ghi lại. Mời Ông/Bà chọn lại.</source>
        <translation>Sorry, your rating was not recorded. Please choose again.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="353"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="353"/>
        <source>Bản
chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="353"/>
        <source>Bản
chứng thực</source>
        <translation>Certified
copies</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="354"/>
        <source>Bản
photo</source>
        <translation>Photo-
copies</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_dialog.py" line="107"/>
        <source>Có kết quả trễ %n ngày</source>
        <translation>
            <numerusform>Result ready %n day late</numerusform>
            <numerusform>Result ready %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_dialog.py" line="109"/>
        <source>Có kết quả trễ %n giờ</source>
        <translation>
            <numerusform>Result ready %n hour late</numerusform>
            <numerusform>Result ready %n hours late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_dialog.py" line="111"/>
        <source>Có kết quả trễ %n phút</source>
        <translation>
            <numerusform>Result ready %n minute late</numerusform>
            <numerusform>Result ready %n minutes late</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="113"/>
        <source>Có kết quả đúng hạn</source>
        <translation>Result ready on time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="275"/>
        <source>Hồ sơ %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="318"/>
        <source>Thông tin hồ sơ</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="323"/>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="324"/>
        <source>Liên hệ:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="325"/>
        <source>Chủ hồ sơ:</source>
        <translation>Dossier owner:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="326"/>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="327"/>
        <source>Tiếp nhận:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="328"/>
        <source>Hẹn trả:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="329"/>
        <source>Hẹn trả ban đầu:</source>
        <translation>Original appointment:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="330"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="331"/>
        <source>Bổ sung:</source>
        <translation>Supplements:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="332"/>
        <source>Có kết quả lúc:</source>
        <translation>Result ready at:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="350"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="350"/>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="350"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="351"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="356"/>
        <source>Diễn biến</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="359"/>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="365"/>
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="359"/>
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="360"/>
        <source>Bản sao chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="360"/>
        <source>Bản photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="371"/>
        <source>&amp;Chuyển xử lý…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="372"/>
        <source>Yêu cầu &amp;bổ sung…</source>
        <translation>Request &amp;supplements…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="373"/>
        <source>&amp;Nhận bổ sung…</source>
        <translation>Supplements recei&amp;ved…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="374"/>
        <source>Có &amp;kết quả…</source>
        <translation>Result rea&amp;dy…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="375"/>
        <source>&amp;Trả kết quả…</source>
        <translation>&amp;Return result…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="376"/>
        <source>Từ c&amp;hối…</source>
        <translation>Re&amp;fuse…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="377"/>
        <source>&amp;Rút hồ sơ…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="378"/>
        <source>&amp;Dừng xử lý…</source>
        <translation>St&amp;op processing…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="390"/>
        <source>&amp;Xin lỗi, hẹn lại…</source>
        <translation>&amp;Apologise, reschedule…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="394"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="400"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="417"/>
        <source>Không mở được hồ sơ</source>
        <translation>Cannot open the dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="432"/>
        <source>ĐT %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="433"/>
        <source>CCCD %1</source>
        <translation>ID card %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="440"/>
        <source>%1, cán bộ %2, %3</source>
        <translation>%1, clerk %2, %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="451"/>
        <source>như trên</source>
        <translation>same as above</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_dialog.py" line="453"/>
        <source>Đã yêu cầu bổ sung %n lần</source>
        <translation>
            <numerusform>Supplements requested %n time</numerusform>
            <numerusform>Supplements requested %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="475"/>
        <source>Người nhận: %1</source>
        <translation>Collected by: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="475"/>
        <source>Chuyển cho: %1</source>
        <translation>Transferred to: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="480"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="484"/>
        <source>KT. </source>
        <translation>p.p. </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="485"/>
        <source>Hẹn lại: %1 → %2</source>
        <translation>Rescheduled: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="487"/>
        <source>Xin lỗi, hẹn lại</source>
        <translation>Apology, new appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="492"/>
        <source>Người dân đánh giá</source>
        <translation>Citizen&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="493"/>
        <source>Mức %1/%2</source>
        <translation>Level %1/%2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="532"/>
        <source>Yêu cầu bổ sung lần nữa?</source>
        <translation>Request supplements again?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="533"/>
        <source>Vẫn yêu cầu bổ sung</source>
        <translation>Request supplements anyway</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="533"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="559"/>
        <source>Đã trả kết quả cho %1.</source>
        <translation>Result returned to %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="561"/>
        <source>Mời người dân đánh giá</source>
        <translation>Ask the citizen for a rating</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="564"/>
        <source>Đã ghi «%1».</source>
        <translation>Recorded “%1”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="565"/>
        <source>Xem và in %1</source>
        <translation>View and print %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="568"/>
        <source>Đã ghi «%1». Trạng thái mới: %2.</source>
        <translation>Recorded “%1”. New status: %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="573"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="614"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="49"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="49"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="50"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="50"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="51"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="51"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="52"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_model.py" line="83"/>
        <source>Trễ %n ngày</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_model.py" line="85"/>
        <source>Trễ %n giờ</source>
        <translation>
            <numerusform>%n hour late</numerusform>
            <numerusform>%n hours late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_model.py" line="86"/>
        <source>Trễ %n phút</source>
        <translation>
            <numerusform>%n min late</numerusform>
            <numerusform>%n min late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_model.py" line="91"/>
        <source>Còn %n ngày</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_model.py" line="93"/>
        <source>Còn %n giờ</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossier_model.py" line="94"/>
        <source>Còn %n phút</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="102"/>
        <source>Tạm dừng (chờ bổ sung)</source>
        <translation>Paused (supplements)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="103"/>
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="139"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="139"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="139"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="139"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="140"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="140"/>
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="140"/>
        <source>Còn lại/Trễ</source>
        <translation>Left/Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_model.py" line="269"/>
        <source>Hẹn trả: %1</source>
        <translation>Appointment: %1</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="83"/>
        <source>Tìm theo mã hồ sơ, họ tên (có dấu hoặc không dấu), số điện thoại, số CCCD — hoặc quét mã QR trên giấy hẹn</source>
        <translation>Search by dossier number, name (with or without diacritics), phone, ID card number — or scan the QR code on the receipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="85"/>
        <source>Tìm hồ sơ</source>
        <translation>Find a dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="99"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="100"/>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="101"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplements</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="102"/>
        <source>Trễ hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="103"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="104"/>
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="221"/>
        <source> (hiển thị tối đa %1)</source>
        <translation> (showing at most %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossiers_page.py" line="222"/>
        <source>Tìm thấy %n hồ sơ</source>
        <translation>
            <numerusform>%n dossier found</numerusform>
            <numerusform>%n dossiers found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="223"/>
        <source>Không tìm thấy hồ sơ nào khớp «%1»</source>
        <translation>No dossier matches “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/dossiers_page.py" line="225"/>
        <source>Đang hiển thị %n hồ sơ</source>
        <translation>
            <numerusform>Showing %n dossier</numerusform>
            <numerusform>Showing %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossiers_page.py" line="242"/>
        <source>Không tải được danh sách hồ sơ</source>
        <translation>Cannot load the list of dossiers</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="126"/>
        <source>%1 — hồ sơ %2</source>
        <translation>%1 — dossier %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="140"/>
        <source>Ví dụ: Công chức Tư pháp – Hộ tịch</source>
        <translation>Example: Justice and Civil Status officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="141"/>
        <source>Chuyển cho (người/bộ phận xử lý):</source>
        <translation>Transfer to (person or department):</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="145"/>
        <source>Người nhận kết quả:</source>
        <translation>Result collected by:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="159"/>
        <source>Giấy tờ cần bổ sung:</source>
        <translation>Documents to supply:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="160"/>
        <source>Mỗi dòng một giấy tờ khác, nếu có</source>
        <translation>Any other document, one per line</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="163"/>
        <source>Giấy tờ khác:</source>
        <translation>Other documents:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="173"/>
        <source>Nội dung hướng dẫn, lý do (bắt buộc):</source>
        <translation>Guidance and reason (required):</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="174"/>
        <source>Lý do từ chối (bắt buộc):</source>
        <translation>Reason for refusal (required):</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="175"/>
        <source>Lý do rút hồ sơ (bắt buộc):</source>
        <translation>Reason for withdrawal (required):</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="176"/>
        <source>Lý do dừng xử lý (bắt buộc):</source>
        <translation>Reason for stopping (required):</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="177"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="185"/>
        <source>Thời điểm:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="196"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="240"/>
        <source>Cần ghi người hoặc bộ phận nhận hồ sơ để xử lý.</source>
        <translation>Enter the person or department taking over the dossier.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="244"/>
        <source>Cần ghi tên người nhận kết quả.</source>
        <translation>Enter the name of the person collecting the result.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="248"/>
        <source>Chọn ít nhất một giấy tờ cần bổ sung, hoặc ghi vào ô «Giấy tờ khác».</source>
        <translation>Tick at least one document to supply, or write it under “Other documents”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dossier_dialog.py" line="252"/>
        <source>Cần ghi rõ lý do.</source>
        <translation>Please state the reason.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="116"/>
        <source>Mở màn hình đánh giá</source>
        <translation>Open the rating screen</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="117"/>
        <source>Mở màn hình hướng về người dân (đánh giá không gắn hồ sơ). Để gắn với một hồ sơ, mở từ hồ sơ đó.</source>
        <translation>Open the screen that faces the citizen (a rating not linked to a dossier). To link it to a dossier, open it from that dossier.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="121"/>
        <source>Toàn màn hình</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="132"/>
        <source>Hiển thị trên:</source>
        <translation>Show on:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="144"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="144"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="145"/>
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="145"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="146"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="146"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="149"/>
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="152"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="154"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="156"/>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="168"/>
        <source>Mức đánh giá</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="168"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="170"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="172"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="174"/>
        <source>Số lượt</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="168"/>
        <source>Tỉ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="169"/>
        <source>Yếu tố (SIPAS)</source>
        <translation>Element (SIPAS)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="169"/>
        <source>Số lượt chưa hài lòng nêu</source>
        <translation>Named by dissatisfied ratings</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="170"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="170"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="172"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="174"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="171"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="173"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="175"/>
        <source>Chưa hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="171"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="173"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="175"/>
        <source>Tỉ lệ chưa hài lòng</source>
        <translation>Share not satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="172"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="178"/>
        <source>Công chức</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="174"/>
        <location filename="../../desk_app/gui/feedback_page.py" line="177"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="176"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="177"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="176"/>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="177"/>
        <source>Yếu tố chưa hài lòng</source>
        <translation>Elements not satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="176"/>
        <source>Góp ý</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="192"/>
        <source>Mức độ hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="193"/>
        <source>Ý kiến chưa hài lòng</source>
        <translation>Dissatisfied opinions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="194"/>
        <source>Theo thời gian</source>
        <translation>By period</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="195"/>
        <source>Theo công chức</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="196"/>
        <source>Theo thủ tục</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="212"/>
        <source>Tự chọn (màn hình thứ hai nếu có)</source>
        <translation>Automatic (the second screen if there is one)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="216"/>
        <source>Màn hình %1: %2 (%3×%4)</source>
        <translation>Screen %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="219"/>
        <source> — màn hình chính</source>
        <translation> — main screen</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="292"/>
        <source>lỗi không mong đợi, xem nhật ký lỗi</source>
        <translation>unexpected error, see the error log</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="293"/>
        <source>Không đọc được đánh giá: %1</source>
        <translation>Cannot read the ratings: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="299"/>
        <source>Chưa có lượt đánh giá nào trong kỳ này.</source>
        <translation>No ratings in this period yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="302"/>
        <source>%1 lượt đánh giá · chưa hài lòng %2 lượt (%3) · gắn với hồ sơ %4, không gắn %5</source>
        <translation>%1 ratings · %2 not satisfied (%3) · %4 linked to a dossier, %5 not linked</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="312"/>
        <source> (thang %1 mức)</source>
        <translation> (%1-level scale)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/feedback_page.py" line="323"/>
        <source>(không gắn hồ sơ)</source>
        <translation>(no dossier)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="62"/>
        <source>Tài khoản quản trị — Bộ phận Một cửa</source>
        <translation>Administrator account — One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="66"/>
        <source>Tạo tài khoản quản trị đầu tiên</source>
        <translation>Create the first administrator account</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="69"/>
        <source>Tài khoản quản trị tạo tài khoản cho cán bộ tiếp nhận và lãnh đạo, đặt lại mật khẩu khi có người quên. Từ nay mỗi lần mở ứng dụng đều phải đăng nhập. Hãy ghi nhớ mật khẩu này và cất giữ nơi an toàn.</source>
        <translation>The administrator creates the accounts of intake clerks and heads of office, and resets passwords when someone forgets theirs. From now on the application asks for a login every time it opens. Remember this password and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="77"/>
        <source>ví dụ: quantri</source>
        <translation>e.g. quantri</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="80"/>
        <source>ví dụ: Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="83"/>
        <source>ít nhất {n} ký tự</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="92"/>
        <source>Tên đăng nhập *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="92"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="93"/>
        <source>Mật khẩu *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="93"/>
        <source>Nhập lại mật khẩu *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="110"/>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="113"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="115"/>
        <source>Chưa có tài khoản nào thì ai dùng máy này cũng có toàn quyền.</source>
        <translation>Until there is an account, anyone using this computer can do everything.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="164"/>
        <source>Hãy nhập tên đăng nhập (chữ không dấu, số, dấu chấm, gạch dưới).</source>
        <translation>Enter a user name (letters without diacritics, digits, dots, underscores).</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="166"/>
        <source>Hãy nhập họ và tên của người quản trị.</source>
        <translation>Enter the administrator&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="169"/>
        <source>Mật khẩu phải có ít nhất {n} ký tự.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="171"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/first_admin_dialog.py" line="215"/>
        <source>Chưa tạo được tài khoản do lỗi không mong đợi; chi tiết đã ghi vào nhật ký lỗi.</source>
        <translation>The account was not created because of an unexpected error; the details are in the error log.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="92"/>
        <source>{hour:02d} giờ {minute:02d} phút, ngày {day:02d} tháng {month:02d} năm {year:04d}</source>
        <translation>{hour:02d}:{minute:02d}, {day:02d}/{month:02d}/{year:04d}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="514"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="514"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="515"/>
        <source>Bưu chính công ích</source>
        <translation>Public postal service</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="626"/>
        <source>Danh mục thủ tục đang trống: hãy nhập danh mục trước khi tiếp nhận.</source>
        <translation>The procedure catalogue is empty: import the catalogue before taking in dossiers.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="637"/>
        <source>Không tải được danh mục thủ tục: {message}</source>
        <translation>Cannot load the procedure catalogue: {message}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="703"/>
        <source>Không tìm thấy thủ tục nào khớp «{text}».</source>
        <translation>No procedure matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="714"/>
        <source>Mã {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="679"/>
        <location filename="../../desk_app/gui/intake_page.py" line="717"/>
        <source>Thời hạn: {duration}</source>
        <translation>Time limit: {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="745"/>
        <location filename="../../ui/intake_page.ui" line="158"/>
        <source>Chọn thủ tục để xem ngày hẹn trả</source>
        <translation>Choose a procedure to see the appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="778"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="778"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="778"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="778"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="779"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="779"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="779"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="782"/>
        <source>{weekday}, hôm nay</source>
        <translation>{weekday}, today</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="784"/>
        <source>{weekday}, ngày mai</source>
        <translation>{weekday}, tomorrow</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="786"/>
        <source>Thời hạn giải quyết: {duration}</source>
        <translation>Time limit for the procedure: {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="796"/>
        <source>Chưa tính được ngày hẹn: {message}</source>
        <translation>Cannot work out the appointment: {message}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="927"/>
        <source>Nhập hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="928"/>
        <source>Xóa các thông tin đang nhập dở để nhập hồ sơ mới?</source>
        <translation>Clear what has been entered and start a new dossier?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="929"/>
        <source>Xóa và nhập mới</source>
        <translation>Clear and start again</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="929"/>
        <source>Giữ lại</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="984"/>
        <source>Hồ sơ chưa được lưu: hãy sửa {count} mục tô đỏ.</source>
        <translation>The dossier is not saved yet: correct the {count} fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1029"/>
        <source>Nhập họ tên chủ hồ sơ (hoặc bỏ chọn «Người nộp không phải chủ hồ sơ»).</source>
        <translation>Enter the dossier owner&apos;s name (or untick “The applicant is not the dossier owner”).</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1031"/>
        <source>Chọn một thủ tục trong danh sách gợi ý (gõ tên rồi nhấn Enter).</source>
        <translation>Choose a procedure from the suggestions (type its name, then press Enter).</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1036"/>
        <source>Nhập địa chỉ nhận kết quả qua bưu chính.</source>
        <translation>Enter the address to post the result to.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1037"/>
        <source>Qua dịch vụ bưu chính công ích: {address}</source>
        <translation>By public postal service: {address}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1081"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1088"/>
        <source>Đã lưu hồ sơ {code}</source>
        <translation>Dossier {code} saved</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1101"/>
        <location filename="../../desk_app/gui/intake_page.py" line="1106"/>
        <source>Hồ sơ chưa được lưu.</source>
        <translation>The dossier is not saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1102"/>
        <source>Chưa lưu được hồ sơ</source>
        <translation>Could not save the dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1103"/>
        <source>Thông tin đã nhập vẫn được giữ trên màn hình; hãy thử lưu lại sau ít giây.</source>
        <translation>What you entered is still on the screen; try saving again in a few seconds.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1142"/>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả — {code}</source>
        <translation>Receipt and appointment slip — {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1161"/>
        <source>Chưa in được giấy tiếp nhận</source>
        <translation>Could not print the receipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="1162"/>
        <source>Hồ sơ {code} đã được lưu, nhưng chưa tạo được giấy tiếp nhận: {message}

Bấm «Xem lại giấy hẹn» để thử lại.</source>
        <translation>Dossier {code} is saved, but its receipt could not be made: {message}

Click “View receipt again” to try again.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="14"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="68"/>
        <source>1. Thủ tục hành chính</source>
        <translation>1. Administrative procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="77"/>
        <source>Thủ tục *</source>
        <translation>Procedure *</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="87"/>
        <source>Gõ tên thủ tục (không cần dấu) hoặc mã, ví dụ: khai sinh, ket hon, 1.001193</source>
        <translation>Type the procedure&apos;s name (diacritics optional) or code, e.g. khai sinh, ket hon, 1.001193</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="144"/>
        <source>HẸN TRẢ KẾT QUẢ</source>
        <translation>RESULT DUE</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="174"/>
        <source>2. Người nộp hồ sơ</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="183"/>
        <location filename="../../ui/intake_page.ui" line="385"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="196"/>
        <source>ví dụ Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="213"/>
        <location filename="../../ui/intake_page.ui" line="412"/>
        <source>Số định danh</source>
        <translation>Personal ID no.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="233"/>
        <location filename="../../ui/intake_page.ui" line="429"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="246"/>
        <source>ví dụ 0912345678</source>
        <translation>e.g. 0912345678</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="273"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="300"/>
        <location filename="../../ui/intake_page.ui" line="466"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="313"/>
        <source>Số nhà, đường, thôn, ấp, tổ dân phố</source>
        <translation>House number, street, village, hamlet, neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="320"/>
        <source>Tỉnh, TP</source>
        <translation>Province, city</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="343"/>
        <source>Xã, phường</source>
        <translation>Commune, ward</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="366"/>
        <source>Người nộp không phải chủ hồ sơ</source>
        <translation>The applicant is not the dossier owner</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="376"/>
        <source>Chủ hồ sơ (người có yêu cầu giải quyết)</source>
        <translation>Dossier owner (the person the request is for)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="495"/>
        <source>Hình thức nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="518"/>
        <source>Thời điểm nhận</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="544"/>
        <source>Đặt lại thời điểm nhận là bây giờ</source>
        <translation>Set the time of receipt back to now</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="547"/>
        <source>Bây giờ</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="226"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="486"/>
        <source>3. Hình thức và thời điểm tiếp nhận</source>
        <translation>3. How and when received</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="534"/>
        <source>Mặc định là lúc lưu hồ sơ; sửa lại khi nhập bù hồ sơ đã nhận trước đó.</source>
        <translation>By default the moment the dossier is saved; change it when entering a dossier received earlier.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="587"/>
        <source>4. Thành phần hồ sơ đã nhận (đánh dấu giấy tờ có trong hồ sơ)</source>
        <translation>4. Documents received (tick those in the dossier)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="623"/>
        <source>Thêm một giấy tờ (phím Insert trong bảng)</source>
        <translation>Add a document (Insert key in the table)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="626"/>
        <source>Thêm giấy tờ</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="636"/>
        <source>Xóa các dòng đang chọn (phím Delete trong bảng)</source>
        <translation>Remove the selected rows (Delete key in the table)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="639"/>
        <source>Xóa dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="659"/>
        <source>Số lượng hồ sơ (bộ)</source>
        <translation>Number of sets</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="694"/>
        <source>5. Phí và trả kết quả</source>
        <translation>5. Fees and delivery of the result</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="703"/>
        <source>Phí, lệ phí</source>
        <translation>Fees and charges</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="720"/>
        <source>Nơi trả kết quả</source>
        <translation>Result delivered</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="727"/>
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="737"/>
        <source>Qua bưu chính công ích</source>
        <translation>By public postal service</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="744"/>
        <source>Địa chỉ nhận</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="757"/>
        <source>Địa chỉ nhận kết quả qua bưu điện</source>
        <translation>Address to post the result to</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="774"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="787"/>
        <source>Nhấn Enter ở ô này để lưu hồ sơ</source>
        <translation>Press Enter in this box to save the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="844"/>
        <source>Xem lại giấy hẹn</source>
        <translation>View receipt again</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="851"/>
        <source>Nhập mới (Esc)</source>
        <translation>New (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.ui" line="858"/>
        <source>Lưu và in giấy hẹn (Ctrl+S)</source>
        <translation>Save and print receipt (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="46"/>
        <source>Mới đăng ký</source>
        <translation>Registered online</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="47"/>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="48"/>
        <source>Không được tiếp nhận</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="49"/>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="50"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplements</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="51"/>
        <source>Chờ thực hiện nghĩa vụ tài chính</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="52"/>
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn by the citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="53"/>
        <source>Dừng xử lý</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="54"/>
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="55"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="59"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="60"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="61"/>
        <source>Bưu chính công ích</source>
        <translation>Public postal service</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="79"/>
        <source>Tiếp nhận</source>
        <comment>event</comment>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="80"/>
        <source>Chuyển xử lý</source>
        <comment>event</comment>
        <translation>Transfer for processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="81"/>
        <source>Yêu cầu bổ sung</source>
        <comment>event</comment>
        <translation>Supplement request</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="82"/>
        <source>Nhận hồ sơ bổ sung</source>
        <comment>event</comment>
        <translation>Supplements received</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="83"/>
        <source>Có kết quả</source>
        <comment>event</comment>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="84"/>
        <source>Trả kết quả</source>
        <comment>event</comment>
        <translation>Return result</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="85"/>
        <source>Từ chối</source>
        <comment>event</comment>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="86"/>
        <source>Rút hồ sơ</source>
        <comment>event</comment>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="87"/>
        <source>Dừng xử lý</source>
        <comment>event</comment>
        <translation>Stop processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="99"/>
        <source>ngày làm việc</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="100"/>
        <source>giờ làm việc</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="101"/>
        <source>ngày</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="102"/>
        <source>trong ngày</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="114"/>
        <source>{number:02d}</source>
        <comment>a whole number of days or hours in a time limit</comment>
        <translation>{number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="122"/>
        <source>Trong ngày (nhận sau {cutoff} trả trong ngày làm việc tiếp theo)</source>
        <translation>Same day (received after {cutoff}: the next working day)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="123"/>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/labels.py" line="127"/>
        <source>{amount} ngày làm việc</source>
        <translation>
            <numerusform>{amount} working day</numerusform>
            <numerusform>{amount} working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/labels.py" line="129"/>
        <source>{amount} giờ làm việc</source>
        <translation>
            <numerusform>{amount} working hour</numerusform>
            <numerusform>{amount} working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/gui/labels.py" line="131"/>
        <source>{amount} ngày</source>
        <translation>
            <numerusform>{amount} day</numerusform>
            <numerusform>{amount} days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="159"/>
        <source>,</source>
        <comment>the decimal separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="174"/>
        <source>.</source>
        <comment>the thousands separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="180"/>
        <location filename="../../desk_app/gui/labels.py" line="182"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="180"/>
        <location filename="../../desk_app/gui/labels.py" line="182"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="181"/>
        <source>Chưa hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="183"/>
        <source>Bình thường</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="183"/>
        <source>Không hài lòng</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="184"/>
        <source>Rất không hài lòng</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="188"/>
        <source>Tiếp cận dịch vụ</source>
        <translation>Access to the service</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="189"/>
        <source>Thủ tục hành chính</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="190"/>
        <source>Công chức giải quyết công việc</source>
        <translation>The officer handling the case</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="191"/>
        <source>Kết quả giải quyết</source>
        <translation>The result</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="192"/>
        <source>Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị</source>
        <translation>Handling of comments, complaints and proposals</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="215"/>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)</source>
        <translation>Receipt and appointment slip (Form 01)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="216"/>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation>Supplement request (Form 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="217"/>
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)</source>
        <translation>Refusal of the dossier (Form 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="218"/>
        <source>Văn bản xin lỗi (Mẫu 04)</source>
        <translation>Apology letter (Form 04)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="219"/>
        <source>Thông báo dừng giải quyết hồ sơ (Mẫu 05)</source>
        <translation>Notice of stopped processing (Form 05)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="220"/>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)</source>
        <translation>Processing control sheet (Form 06)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="221"/>
        <source>Sổ theo dõi hồ sơ (Mẫu 07)</source>
        <translation>Dossier register (Form 07)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="226"/>
        <source>Không gắn hồ sơ</source>
        <translation>Not linked to a dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="227"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="246"/>
        <source>Ngày {date}</source>
        <translation>{date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="247"/>
        <source>Từ ngày {start} đến ngày {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="249"/>
        <source>Từ ngày {start}</source>
        <translation>From {start}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="251"/>
        <source>Đến ngày {end}</source>
        <translation>Until {end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="252"/>
        <source>Toàn bộ dữ liệu</source>
        <translation>All data</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="97"/>
        <source>ví dụ: canbo1</source>
        <translation>e.g. canbo1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="108"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="109"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="111"/>
        <location filename="../../desk_app/gui/login_dialog.py" line="153"/>
        <location filename="../../desk_app/gui/login_dialog.py" line="219"/>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="115"/>
        <source>Đổi người dùng</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="118"/>
        <source>Thoát ứng dụng</source>
        <translation>Quit the application</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="142"/>
        <source>Màn hình đã khóa — Bộ phận Một cửa</source>
        <translation>Screen locked — One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="143"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="144"/>
        <source>Máy đã khóa vì lâu không thao tác. Nhập mật khẩu để làm việc tiếp, hoặc chọn «Đổi người dùng» để cán bộ khác đăng nhập.</source>
        <translation>The computer was locked after a period of inactivity. Enter your password to carry on, or choose “Switch user” to let another clerk log in.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="152"/>
        <source>Đăng nhập — Bộ phận Một cửa</source>
        <translation>Log in — One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="154"/>
        <source>Mỗi cán bộ đăng nhập bằng tài khoản của mình; mọi thao tác được ghi vào nhật ký hệ thống dưới tên tài khoản đó.</source>
        <translation>Each clerk logs in with their own account; every action is recorded in the audit trail under that account.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="168"/>
        <source>Đăng nhập người dùng khác</source>
        <translation>Log in as another user</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="169"/>
        <source>Nhập tài khoản của cán bộ sẽ làm việc tại quầy.</source>
        <translation>Enter the account of the clerk who will work at the desk.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="196"/>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="203"/>
        <source>Hãy nhập mật khẩu.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="219"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/login_dialog.py" line="237"/>
        <source>Không kiểm tra được tài khoản do lỗi không mong đợi; chi tiết đã ghi vào nhật ký lỗi.</source>
        <translation>The account could not be checked because of an unexpected error; the details are in the error log.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="164"/>
        <source>Bộ phận Một cửa — Tiếp nhận và trả kết quả</source>
        <translation>One-Stop Desk — Intake and return of results</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="209"/>
        <source>Việc hôm nay</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="210"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="211"/>
        <source>Tra cứu hồ sơ</source>
        <translation>Find dossiers</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="213"/>
        <source>Đánh giá người dân</source>
        <translation>Citizen ratings</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="215"/>
        <source>Báo cáo chỉ số</source>
        <translation>Indicator reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="338"/>
        <source>{title} ({shortcut})</source>
        <translation>{title} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="380"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="256"/>
        <location filename="../../desk_app/gui/main_window.py" line="390"/>
        <source>Cán bộ: {name}</source>
        <translation>Clerk: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="217"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="218"/>
        <source>Nhật ký hệ thống</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="219"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="268"/>
        <source>Chưa đăng nhập</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="408"/>
        <source>&amp;Hệ thống</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="409"/>
        <source>Thiết lập đơn vị…</source>
        <translation>Office settings…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="412"/>
        <source>Sổ theo dõi hồ sơ (Mẫu 07)…</source>
        <translation>Dossier tracking book (Form 07)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="415"/>
        <source>Thư mục sao lưu tự động…</source>
        <translation>Automatic backup folder…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="418"/>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="422"/>
        <location filename="../../desk_app/gui/main_window.py" line="552"/>
        <location filename="../../desk_app/gui/main_window.py" line="554"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="427"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="428"/>
        <location filename="../../desk_app/gui/main_window.py" line="513"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="432"/>
        <location filename="../../desk_app/gui/main_window.py" line="506"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="450"/>
        <location filename="../../desk_app/gui/main_window.py" line="460"/>
        <source>Thư mục sao lưu tự động</source>
        <translation>Automatic backup folder</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="455"/>
        <source>Bản sao lưu tự động sẽ ghi vào {folder}</source>
        <translation>Automatic backups will be written to {folder}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="478"/>
        <source>Kiểm tra đồng hồ máy tính</source>
        <translation>Check the computer&apos;s clock</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="483"/>
        <source>{office_id} · {name} · Quầy {desk}</source>
        <translation>{office_id} · {name} · Desk {desk}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="485"/>
        <source>{name} — Bộ phận Một cửa</source>
        <translation>{name} — One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="486"/>
        <source>Bộ phận Một cửa</source>
        <translation>One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="501"/>
        <source>Đã lưu thiết lập đơn vị.</source>
        <translation>Office settings saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="507"/>
        <source>Ứng dụng Bộ phận Một cửa, phiên bản {version}.

Tiếp nhận hồ sơ, tính ngày hẹn trả theo giờ làm việc, in giấy tiếp nhận và theo dõi hồ sơ đến khi trả kết quả. Làm việc không cần mạng.

Thư mục dữ liệu: {folder}</source>
        <translation>One-Stop Desk application, version {version}.

Takes in dossiers, works out the appointment in working hours, prints the receipt and follows each dossier until its result is returned. Works without a network.

Data folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="514"/>
        <source>F2	Tiếp nhận hồ sơ mới (từ bất kỳ màn hình nào)
Ctrl+S	Lưu hồ sơ và in giấy hẹn
Enter	Sang ô tiếp theo; ở ô «Ghi chú» thì lưu hồ sơ
Esc	Xóa biểu mẫu để nhập mới (có hỏi lại)
Insert / Delete	Thêm / xóa dòng trong bảng thành phần hồ sơ
Ctrl+P	In (trong cửa sổ xem giấy in)
Ctrl+Q	Thoát</source>
        <translation>F2	Take in a new dossier (from any screen)
Ctrl+S	Save the dossier and print the receipt
Enter	Next field; in “Notes” it saves the dossier
Esc	Clear the form to start again (asks first)
Insert / Delete	Add / remove a row in the documents table
Ctrl+P	Print (in the print preview)
Ctrl+Q	Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="553"/>
        <source>Hồ sơ đang nhập dở chưa được lưu. Vẫn thoát và bỏ các thông tin này?</source>
        <translation>The dossier being entered is not saved. Quit anyway and discard it?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="554"/>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="75"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="78"/>
        <source>Mật khẩu mới cho tài khoản «{user}». Hãy báo cho người dùng và đề nghị họ đổi lại sau khi đăng nhập.</source>
        <translation>A new password for the account “{user}”. Tell the user and ask them to change it after they log in.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="83"/>
        <source>ít nhất {n} ký tự</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="88"/>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="89"/>
        <source>Nhập lại:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="90"/>
        <source>Đặt mật khẩu</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="93"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="122"/>
        <source>Mật khẩu phải có ít nhất {n} ký tự.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="125"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="69"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="70"/>
        <source>In ra máy in (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="71"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="72"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="111"/>
        <source>Không hiển thị được tệp PDF (lỗi: {error}). Vẫn có thể lưu tệp.</source>
        <translation>Cannot display the PDF (error: {error}). It can still be saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="116"/>
        <source>{count} trang, khổ {paper}</source>
        <translation>{count} page(s), {paper} paper</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="141"/>
        <source>In {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="148"/>
        <location filename="../../desk_app/gui/receipt_preview.py" line="177"/>
        <source>Chưa in được</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="148"/>
        <source>Tệp PDF không có trang nào để in.</source>
        <translation>The PDF has no page to print.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="151"/>
        <source>Không có máy in</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="152"/>
        <source>Máy tính này chưa cài đặt máy in nào.

Hãy cài đặt hoặc bật máy in rồi bấm «In…» lại, hoặc bấm «Lưu PDF…» để lưu tệp và in ở máy khác.</source>
        <translation>No printer is installed on this computer.

Install or switch on a printer, then click “Print…” again, or click “Save PDF…” to save the file and print it on another computer.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="154"/>
        <source>Chưa in: không tìm thấy máy in.</source>
        <translation>Not printed: no printer found.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="158"/>
        <source>Đã hủy lệnh in; biểu mẫu chưa được in.</source>
        <translation>Printing cancelled; the form was not printed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="161"/>
        <source>Đã gửi {count} trang tới máy in {printer}.</source>
        <translation>Sent {count} page(s) to the printer {printer}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="178"/>
        <source>Máy in «{printer}» chưa sẵn sàng (hết giấy, chưa bật hoặc mất kết nối). Hãy kiểm tra máy in rồi thử lại.</source>
        <translation>The printer “{printer}” is not ready (out of paper, switched off or disconnected). Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="180"/>
        <source>Chưa in: máy in chưa sẵn sàng.</source>
        <translation>Not printed: the printer is not ready.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="212"/>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="212"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="220"/>
        <source>Chưa lưu được tệp</source>
        <translation>Could not save the file</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="221"/>
        <source>Không ghi được tệp {path}: {reason}.</source>
        <translation>Cannot write the file {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/receipt_preview.py" line="224"/>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="232"/>
        <source>Gõ tên tỉnh</source>
        <translation>Type a province</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/intake_page.py" line="233"/>
        <source>Gõ tên xã, phường</source>
        <translation>Type a commune or ward</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="169"/>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="170"/>
        <source>Hồ sơ theo chỉ tiêu</source>
        <translation>Dossiers behind a figure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="172"/>
        <location filename="../../desk_app/gui/reports_page.py" line="271"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="172"/>
        <location filename="../../desk_app/gui/reports_page.py" line="270"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="172"/>
        <location filename="../../desk_app/gui/reports_page.py" line="177"/>
        <source>Giải quyết</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="172"/>
        <location filename="../../desk_app/gui/reports_page.py" line="177"/>
        <location filename="../../desk_app/gui/reports_page.py" line="629"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="173"/>
        <location filename="../../desk_app/gui/reports_page.py" line="177"/>
        <location filename="../../desk_app/gui/reports_page.py" line="247"/>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="173"/>
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="173"/>
        <source>TB (ngày)</source>
        <translation>Avg. (days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="173"/>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="175"/>
        <source>Theo thủ tục</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="177"/>
        <location filename="../../desk_app/gui/reports_page.py" line="182"/>
        <source>Công chức</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="178"/>
        <source>Trễ có xin lỗi</source>
        <translation>Late, with apology</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="178"/>
        <source>Đang quá hẹn</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="178"/>
        <source>Lượt đánh giá</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="179"/>
        <source>Chưa hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="180"/>
        <source>Theo công chức</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="181"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="181"/>
        <location filename="../../desk_app/gui/reports_page.py" line="269"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="181"/>
        <source>Đánh giá</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="182"/>
        <source>Góp ý</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="183"/>
        <source>Góp ý của người chưa hài lòng</source>
        <translation>Comments of dissatisfied citizens</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="192"/>
        <source>Kỳ báo cáo:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="194"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="194"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="194"/>
        <location filename="../../desk_app/gui/reports_page.py" line="211"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="194"/>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="197"/>
        <source>Loại kỳ báo cáo</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="202"/>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="206"/>
        <source>Quý %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="214"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="214"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="218"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="219"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="224"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="226"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="228"/>
        <source>Xuất PDF để ký…</source>
        <translation>Export PDF to sign…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="244"/>
        <source>Tiếp nhận trong kỳ</source>
        <translation>Received in the period</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="245"/>
        <source>Giải quyết trong kỳ</source>
        <translation>Handled in the period</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="246"/>
        <source>Tỷ lệ đúng hạn (QĐ 766)</source>
        <translation>On-time rate (Decision 766)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="248"/>
        <source>Trễ hạn có văn bản xin lỗi</source>
        <translation>Late with an apology letter</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="249"/>
        <source>Đang quá hẹn trả</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="250"/>
        <source>Hài lòng của người dân</source>
        <translation>Citizen satisfaction</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="251"/>
        <source>Chỉ số 5.4 (QĐ 766)</source>
        <translation>Indicator 5.4 (Decision 766)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="265"/>
        <source>Bấm vào một chỉ số ở trên để xem các hồ sơ tạo nên chỉ số đó.</source>
        <translation>Click a figure above to list the dossiers behind it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="269"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="269"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="269"/>
        <source>Hẹn trả ban đầu</source>
        <translation>Original appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="270"/>
        <source>Hẹn trả hiện tại</source>
        <translation>Current appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="270"/>
        <source>Kết thúc</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="270"/>
        <source>Xin lỗi</source>
        <translation>Apology</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="273"/>
        <source>Nhấp đúp (hoặc Enter) để mở hồ sơ</source>
        <translation>Double-click (or Enter) to open the dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="362"/>
        <source>Ngày kết thúc (%1) trước ngày bắt đầu (%2): hãy chọn lại khoảng thời gian.</source>
        <translation>The end date (%1) is before the start date (%2): choose the period again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="396"/>
        <source>Không lập được báo cáo: %1</source>
        <translation>Cannot make the report: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="403"/>
        <source>%1 · số liệu tính đến %2</source>
        <translation>%1 · figures as of %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="406"/>
        <source>không có hồ sơ trong kỳ (chưa có số liệu)</source>
        <translation>no dossiers in the period (no data)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="412"/>
        <location filename="../../desk_app/gui/reports_page.py" line="423"/>
        <location filename="../../desk_app/gui/reports_page.py" line="430"/>
        <location filename="../../desk_app/gui/reports_page.py" line="433"/>
        <location filename="../../desk_app/gui/reports_page.py" line="632"/>
        <location filename="../../desk_app/gui/reports_page.py" line="640"/>
        <source>chưa có số liệu</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="422"/>
        <source>trực tuyến %1</source>
        <translation>online %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="425"/>
        <source>có kết quả %1 · đang giải quyết %2</source>
        <translation>result ready %1 · in progress %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="429"/>
        <source>%1 / %2 hồ sơ đúng hạn</source>
        <translation>%1 / %2 dossiers on time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="432"/>
        <source>%1 số hồ sơ · bổ sung &gt;1 lần: %2</source>
        <translation>%1 of all · &gt;1 supplement: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="436"/>
        <source>%1 / %2 hồ sơ trễ · %3 chưa xin lỗi</source>
        <translation>%1 / %2 late · %3 without apology</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="438"/>
        <source>không có hồ sơ trễ hạn</source>
        <translation>no late dossiers</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="440"/>
        <source>đến hẹn trong %1 giờ tới: %2</source>
        <translation>due in the next %1 hours: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="444"/>
        <source>%1 lượt đánh giá · %2 chưa hài lòng</source>
        <translation>%1 ratings · %2 not satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="445"/>
        <location filename="../../desk_app/gui/reports_page.py" line="647"/>
        <source>chưa có lượt đánh giá</source>
        <translation>no ratings yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="447"/>
        <source>100% − (trễ hạn + chưa hài lòng)</source>
        <translation>100% − (late + not satisfied)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="472"/>
        <source>(không gắn hồ sơ)</source>
        <translation>(no dossier)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="480"/>
        <source>Hồ sơ tiếp nhận trong kỳ</source>
        <translation>Dossiers received in the period</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="481"/>
        <source>Hồ sơ giải quyết trong kỳ (tiếp nhận hoặc đang xử lý)</source>
        <translation>Dossiers handled in the period (received or in progress)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="482"/>
        <source>Hồ sơ đúng hạn hoặc còn trong hạn</source>
        <translation>Dossiers on time or still within the time limit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="483"/>
        <source>Hồ sơ trễ hạn (so với ngày hẹn ban đầu)</source>
        <translation>Late dossiers (against the original appointment)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="484"/>
        <source>Hồ sơ trễ hạn chưa có văn bản xin lỗi</source>
        <translation>Late dossiers without an apology letter</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="485"/>
        <source>Hồ sơ trễ hạn đã có văn bản xin lỗi</source>
        <translation>Late dossiers with an apology letter</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="486"/>
        <source>Hồ sơ đang quá hẹn trả</source>
        <translation>Dossiers overdue now</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="487"/>
        <source>Hồ sơ có đánh giá chưa hài lòng</source>
        <translation>Dossiers rated not satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="501"/>
        <source>đang tải…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="513"/>
        <source>%1 hồ sơ đầu tiên (xuất Excel để có đủ danh sách)</source>
        <translation>first %1 dossiers (export to Excel for the full list)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="515"/>
        <source>%1 hồ sơ</source>
        <translation>%1 dossier(s)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="526"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="526"/>
        <source>Chưa</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="564"/>
        <source>Máy này thiếu thành phần vẽ biểu đồ (QtCharts).</source>
        <translation>This computer lacks the chart component (QtCharts).</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="628"/>
        <source>Đúng hạn và trễ hạn</source>
        <translation>On time and late</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="630"/>
        <source>Trễ, có xin lỗi</source>
        <translation>Late, with apology</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="631"/>
        <source>Trễ, chưa xin lỗi</source>
        <translation>Late, no apology</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="635"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="635"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="635"/>
        <source>Bưu chính</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="637"/>
        <source>Kênh tiếp nhận</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="644"/>
        <source>Mức độ hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="679"/>
        <source>%1 lượt · chưa hài lòng %2</source>
        <translation>%1 ratings · not satisfied %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="682"/>
        <source>thang khác: %1 lượt</source>
        <translation>other scale: %1 ratings</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="698"/>
        <source>Lưu báo cáo Excel</source>
        <translation>Save the Excel report</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="699"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="701"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="701"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="713"/>
        <source>Đã xuất báo cáo</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="714"/>
        <source>Đã ghi %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reports_page.py" line="715"/>
        <source>Không xuất được báo cáo</source>
        <translation>Cannot export the report</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="40"/>
        <source>Lưu thiết lập</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="42"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="42"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="44"/>
        <source>Thiết lập lần đầu — Bộ phận Một cửa</source>
        <translation>First-time setup — One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="107"/>
        <location filename="../../ui/setup_dialog.ui" line="182"/>
        <source>Xã, phường *</source>
        <translation>Commune, ward *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="107"/>
        <source>Xã, phường</source>
        <translation>Commune, ward</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="123"/>
        <source>Để trống: {name}</source>
        <translation>Leave empty: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="123"/>
        <source>ví dụ UBND XÃ TÂN LẬP</source>
        <translation>e.g. UBND XÃ TÂN LẬP</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/setup_dialog.py" line="238"/>
        <source>Chưa lưu được thiết lập</source>
        <translation>Could not save the settings</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="14"/>
        <source>Thiết lập đơn vị và máy tiếp nhận</source>
        <translation>Office and intake computer settings</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="23"/>
        <source>Thiết lập một lần cho máy này: đơn vị, quầy, giờ làm việc và giấy in. Các mục có dấu * là bắt buộc; có thể sửa lại sau trong menu Hệ thống → Thiết lập đơn vị.</source>
        <translation>Set up once for this computer: office, desk, working hours and paper. Fields marked * are required; they can be changed later under System → Office settings.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="38"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="47"/>
        <source>Mã định danh đơn vị *</source>
        <translation>Office code *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="60"/>
        <source>ví dụ H21.17</source>
        <translation>e.g. H21.17</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="63"/>
        <source>Mã định danh của đơn vị trên Cổng dịch vụ công (in trong mã hồ sơ).</source>
        <translation>The office&apos;s code on the National Public Service Portal (printed in dossier numbers).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="80"/>
        <source>Tên đơn vị *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="93"/>
        <source>ví dụ Bộ phận Một cửa xã Tân Lập</source>
        <translation>e.g. Bộ phận Một cửa xã Tân Lập</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="110"/>
        <source>Cấp *</source>
        <translation>Level *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="121"/>
        <source>Cấp xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="126"/>
        <source>Cấp tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="131"/>
        <source>Cấp huyện (cũ)</source>
        <translation>District (former)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="149"/>
        <source>Tỉnh, thành phố *</source>
        <translation>Province, city *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="215"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent authority</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="228"/>
        <source>In ở góc trên bên trái các biểu mẫu. Để trống: lấy theo xã, phường đã chọn.</source>
        <translation>Printed at the top left of the forms. Left empty: taken from the chosen commune or ward.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="256"/>
        <source>Quầy và giờ làm việc</source>
        <translation>Desk and working hours</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="265"/>
        <source>Số máy (quầy) *</source>
        <translation>Desk number *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="285"/>
        <source>Mỗi quầy có khối số hồ sơ riêng.</source>
        <translation>Each desk has its own block of dossier numbers.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="308"/>
        <source>Buổi sáng</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="332"/>
        <location filename="../../ui/setup_dialog.ui" line="390"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="366"/>
        <source>Buổi chiều</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="424"/>
        <source>Người ký và giấy in</source>
        <translation>Signatory and paper</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="433"/>
        <source>Người đứng đầu</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="446"/>
        <source>Họ và tên người ký văn bản xin lỗi</source>
        <translation>Full name of the person who signs apology letters</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="453"/>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="466"/>
        <source>ví dụ CHỦ TỊCH</source>
        <translation>e.g. CHỦ TỊCH</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="473"/>
        <source>Khổ giấy</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="484"/>
        <source>A5 (nửa tờ A4)</source>
        <translation>A5 (half an A4 sheet)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="489"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="120"/>
        <source>Đồng bộ với cơ quan trung tâm</source>
        <translation>Sync with the central office</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="122"/>
        <source>Máy không cần mạng: thay đổi của quầy được ghi vào một tệp gói (đã ký) để chép vào ổ USB hoặc gửi kèm thư điện tử cho cơ quan trung tâm; gói danh mục của trung tâm được nhập lại theo cách tương tự.</source>
        <translation>No network needed: the desk&apos;s changes are written to a signed package file to copy to a USB drive or attach to an e-mail for the central office; the central office&apos;s reference package comes back the same way.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="131"/>
        <source>thay đổi chờ gửi</source>
        <translation>changes waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="138"/>
        <source>Xuất gói gửi trung tâm…</source>
        <translation>Export a package for the central office…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="168"/>
        <source>Gói thay đổi của quầy</source>
        <translation>The desk&apos;s change packages</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="184"/>
        <source>Xuất lại…</source>
        <translation>Export again…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="186"/>
        <source>Khi trung tâm báo thiếu một gói (gói bị mất, tệp hỏng): xuất lại đúng khoảng số thay đổi đó. Xuất lại không làm thay đổi số đã gửi.</source>
        <translation>When the central office reports a missing package (lost, or a damaged file): export that range of changes again. Exporting again does not change what counts as sent.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="191"/>
        <source>Từ số</source>
        <translation>From no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="193"/>
        <source>đến số</source>
        <translation>to no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="197"/>
        <source>Xuất lại một khoảng đã gửi</source>
        <translation>Export a range already sent again</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="207"/>
        <source>Nhập gói danh mục từ trung tâm…</source>
        <translation>Import a reference package from the central office…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="209"/>
        <source>Danh mục thủ tục, ngày nghỉ, ngày làm bù và khóa của cơ quan trung tâm. Gói cũ hơn, gói của đơn vị khác hoặc gói không đúng chữ ký sẽ bị từ chối.</source>
        <translation>The procedure catalogue, days off, make-up working days and the central office&apos;s key. An older package, one for another office or one with a wrong signature is refused.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="221"/>
        <source>Gói danh mục của trung tâm</source>
        <translation>The central office&apos;s reference package</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="237"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="238"/>
        <source>CSV (mở bằng Excel)</source>
        <translation>CSV (opens in Excel)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="239"/>
        <source>Xuất theo cấu trúc quốc gia…</source>
        <translation>Export in the national layout…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="241"/>
        <source>Hồ sơ tiếp nhận trong kỳ, theo trường dữ liệu đồng bộ quốc gia (MaHoSo, NgayTiepNhan, NgayHenTra, TrangThaiHoSo…), để tải lên hệ thống của tỉnh.</source>
        <translation>The dossiers received in the period, in the fields of the national sync (MaHoSo, NgayTiepNhan, NgayHenTra, TrangThaiHoSo…), to upload to the province&apos;s system.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="246"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="248"/>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="250"/>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="254"/>
        <source>Xuất dữ liệu theo cấu trúc đồng bộ quốc gia</source>
        <translation>Export data in the national sync layout</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="308"/>
        <source>Chưa xuất gói nào từ máy này.</source>
        <translation>No package has been exported from this computer yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="310"/>
        <source>Lần xuất gần nhất: {time}, đến thay đổi số {seq}.
Tệp: {file}</source>
        <translation>Last export: {time}, up to change {seq}.
File: {file}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="315"/>
        <source>Dữ liệu cá nhân trong gói được mã hóa, chỉ cơ quan trung tâm đọc được.</source>
        <translation>Personal data in the package is encrypted: only the central office can read it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="317"/>
        <source>Máy chưa nhận gói danh mục của trung tâm nên dữ liệu cá nhân trong gói CHƯA được mã hóa: hãy nhập gói danh mục trước, hoặc giữ tệp gói cẩn thận.</source>
        <translation>This computer has not received the central office&apos;s reference package, so personal data in the package is NOT encrypted: import the reference package first, or keep the package file safe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="320"/>
        <source>Không có thay đổi mới kể từ lần xuất trước.</source>
        <translation>No new changes since the last export.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="336"/>
        <source>Đang dùng gói danh mục phiên bản {version}, nhập lúc {time}.</source>
        <translation>Using reference package version {version}, imported at {time}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="339"/>
        <source>Chưa nhập gói danh mục nào của trung tâm.</source>
        <translation>No reference package from the central office has been imported yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="344"/>
        <source>Không đọc được tình trạng đồng bộ: {error}</source>
        <translation>Cannot read the sync status: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="364"/>
        <source>Lưu gói gửi cơ quan trung tâm</source>
        <translation>Save the package for the central office</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="365"/>
        <location filename="../../desk_app/gui/sync_page.py" line="372"/>
        <source>Gói đồng bộ (*.zip)</source>
        <translation>Sync packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="371"/>
        <source>Lưu gói xuất lại</source>
        <translation>Save the package exported again</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="381"/>
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="398"/>
        <source>{done} / {total} dòng</source>
        <translation>{done} / {total} rows</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="404"/>
        <source>Đã xuất lại</source>
        <translation>Exported again</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="404"/>
        <location filename="../../desk_app/gui/sync_page.py" line="445"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="405"/>
        <source>dữ liệu cá nhân đã mã hóa</source>
        <translation>personal data encrypted</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="405"/>
        <source>dữ liệu cá nhân CHƯA mã hóa</source>
        <translation>personal data NOT encrypted</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="406"/>
        <source>{kind} gói {file}: thay đổi số {a}–{b}, {rows} dòng; {sealed}. Hãy chép tệp này cho cơ quan trung tâm.</source>
        <translation>{kind}: package {file}, changes {a}–{b}, {rows} rows; {sealed}. Copy this file for the central office.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="417"/>
        <source>Chưa xuất được gói</source>
        <translation>Could not export the package</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="425"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="425"/>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="426"/>
        <source>Lưu dữ liệu theo cấu trúc quốc gia</source>
        <translation>Save the data in the national layout</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="446"/>
        <source>Đã ghi {n} hồ sơ tiếp nhận từ {start} đến {end} vào tệp:
{file}</source>
        <translation>{n} dossiers received from {start} to {end} written to the file:
{file}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="451"/>
        <source>Chưa xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="458"/>
        <source>Chọn gói danh mục của cơ quan trung tâm</source>
        <translation>Choose the central office&apos;s reference package</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="459"/>
        <source>Gói danh mục (*.zip);;Mọi tệp (*)</source>
        <translation>Reference packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="476"/>
        <source>Đã nhập gói danh mục phiên bản {version}.</source>
        <translation>Reference package version {version} imported.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="479"/>
        <source>Đã nhập gói danh mục</source>
        <translation>Reference package imported</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="480"/>
        <source>Đã nhận gói danh mục phiên bản {version} của cơ quan trung tâm: danh mục thủ tục, lịch nghỉ và làm bù đã được cập nhật. Từ nay dữ liệu cá nhân trong gói gửi đi được mã hóa.</source>
        <translation>Reference package version {version} from the central office received: the procedure catalogue, days off and make-up days are updated. From now on personal data in the packages sent is encrypted.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="487"/>
        <source>Gói danh mục bị từ chối</source>
        <translation>Reference package refused</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/sync_page.py" line="504"/>
        <source>Không đọc hoặc ghi được tệp {file}: {error}</source>
        <translation>Cannot read or write the file {file}: {error}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="97"/>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="107"/>
        <source>Trễ hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="107"/>
        <source>Không có hồ sơ nào trễ hạn.</source>
        <translation>No overdue dossiers.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="108"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="108"/>
        <source>Không có hồ sơ nào đến hạn trong hôm nay.</source>
        <translation>No dossiers due today.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="109"/>
        <source>Đến hạn ngày làm việc tiếp theo</source>
        <translation>Due next working day</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="110"/>
        <source>Không có hồ sơ nào đến hạn vào ngày làm việc tiếp theo.</source>
        <translation>No dossiers due on the next working day.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="111"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplements</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="111"/>
        <source>Không có hồ sơ nào đang chờ bổ sung.</source>
        <translation>No dossiers awaiting supplements.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="128"/>
        <location filename="../../desk_app/gui/today_page.py" line="333"/>
        <source>Mở hồ sơ</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="130"/>
        <location filename="../../desk_app/gui/today_page.py" line="334"/>
        <source>Xin lỗi, hẹn lại…</source>
        <translation>Apologise, reschedule…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="132"/>
        <source>Lập văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) cho hồ sơ đang chọn</source>
        <translation>Write an apology letter with a new appointment (Form 04) for the selected dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="191"/>
        <source>Việc hôm nay — %1</source>
        <translation>Today&apos;s work — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="192"/>
        <source>Cập nhật lúc %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="199"/>
        <source>Không có hồ sơ nào đến hạn vào ngày làm việc tiếp theo (%1).</source>
        <translation>No dossiers due on the next working day (%1).</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/today_page.py" line="243"/>
        <source>Không tải được việc hôm nay</source>
        <translation>Cannot load today&apos;s work</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="146"/>
        <source>Quản lý tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="154"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="154"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="154"/>
        <location filename="../../desk_app/gui/users_page.py" line="202"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="155"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="167"/>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="170"/>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="180"/>
        <location filename="../../desk_app/gui/users_page.py" line="214"/>
        <source>Thêm tài khoản</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="183"/>
        <source>ví dụ: canbo2</source>
        <translation>e.g. canbo2</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="191"/>
        <source>ít nhất {n} ký tự</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="201"/>
        <source>Tên đăng nhập *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="201"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="202"/>
        <source>Mật khẩu *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="203"/>
        <source>Nhập lại mật khẩu *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="209"/>
        <source>Cán bộ tiếp nhận: tiếp nhận, theo dõi và trả hồ sơ. Lãnh đạo: thêm quyền thay đổi lịch làm việc, xin lỗi quá số lần cho phép, xem nhật ký hệ thống. Quản trị: toàn quyền, kể cả thiết lập đơn vị, danh mục thủ tục và tài khoản.</source>
        <translation>Intake clerk: takes in, follows and returns dossiers. Head of office: can also change the working calendar, apologise more often than allowed and read the audit trail. Administrator: can do everything, including office setup, the procedure catalogue and accounts.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="249"/>
        <source>Cán bộ tiếp nhận</source>
        <translation>Intake clerk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="249"/>
        <source>Lãnh đạo</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="250"/>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="281"/>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="281"/>
        <source>Đã khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="301"/>
        <source>Hãy nhờ quản trị viên đăng nhập để thêm tài khoản hoặc đặt lại mật khẩu.</source>
        <translation>Ask an administrator to log in to add accounts or reset passwords.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="328"/>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="330"/>
        <source>Hãy nhập họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="332"/>
        <source>Mật khẩu phải có ít nhất {n} ký tự.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="334"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="360"/>
        <source>Đã thêm tài khoản</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="361"/>
        <source>Đã tạo tài khoản «{user}» ({role}).</source>
        <translation>Account “{user}” ({role}) created.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="372"/>
        <location filename="../../desk_app/gui/users_page.py" line="404"/>
        <source>Không được phép</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="374"/>
        <source>Chưa thêm được tài khoản</source>
        <translation>Could not add the account</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="398"/>
        <source>Đã đặt lại mật khẩu</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="399"/>
        <source>Mật khẩu của «{user}» đã được đặt lại; các lần đăng nhập sai trước đó được xóa.</source>
        <translation>The password of “{user}” was reset; earlier failed logins are cleared.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/users_page.py" line="406"/>
        <source>Chưa đặt lại được mật khẩu</source>
        <translation>Could not reset the password</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk_app/gui/app.py" line="54"/>
        <source>Bộ phận Một cửa</source>
        <translation>One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="131"/>
        <source>Chưa thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="134"/>
        <source>nhật ký của ứng dụng</source>
        <translation>the application&apos;s log</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="135"/>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="136"/>
        <source>Đã xảy ra lỗi không mong đợi ({kind}: {error}).

Công việc đang làm chưa bị mất; bạn có thể tiếp tục làm việc. Chi tiết đã được ghi vào tệp {file}; nếu lỗi lặp lại, hãy gửi tệp này cho bộ phận kỹ thuật.</source>
        <translation>An unexpected error occurred ({kind}: {error}).

Your work in progress is not lost; you can carry on working. The details were written to {file}; if the error happens again, send this file to technical support.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="162"/>
        <source>Tệp dữ liệu trong thư mục {folder} bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất (lệnh «desk-app restore») hoặc liên hệ bộ phận kỹ thuật.</source>
        <translation>The data file in the folder {folder} is damaged. Restore the latest backup (command “desk-app restore”) or contact technical support.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="168"/>
        <source>Cơ sở dữ liệu trong thư mục {folder} đang bị khóa bởi chương trình khác (có thể ứng dụng đang mở ở một cửa sổ khác). Hãy đóng chương trình đó rồi mở lại.</source>
        <translation>The database in the folder {folder} is locked by another program (the application may be open in another window). Close that program and open this one again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="174"/>
        <source>Không mở được cơ sở dữ liệu trong thư mục {folder}: {error}</source>
        <translation>Cannot open the database in the folder {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="204"/>
        <location filename="../../desk_app/gui/app.py" line="290"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="207"/>
        <source>{problem}

Có bản sao lưu {name}. Khôi phục từ bản sao lưu này? Tệp dữ liệu hiện tại được giữ lại bên cạnh, không bị xóa.</source>
        <translation>{problem}

There is a backup {name}. Restore from this backup? The current data file is kept alongside it, not deleted.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="210"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="210"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="303"/>
        <source>Chưa sao lưu được: {reason}</source>
        <translation>Could not back up: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="321"/>
        <source>Chưa sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desk_app/gui/messages.py" line="18"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/messages.py" line="39"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/messages.py" line="40"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/messages.py" line="54"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
</TS>
