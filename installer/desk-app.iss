; Inno Setup script: setup.exe for Windows from the PyInstaller folder.
; On a Windows PC: py scripts\dev.py test, then
;   .venv\Scripts\pyinstaller --noconfirm build_installer.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\desk-app.iss
; Output: installer\Output\desk-app-setup.exe (no internet needed to install or run).

#define AppName "Ứng dụng Bộ phận Một cửa"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1C7E3A-9D0B-4B8E-9F53-1D2C6E2F7A11}
AppName={#AppName}
AppVersion={#AppVersion}
DefaultDirName={autopf}\MotCua
DefaultGroupName={#AppName}
OutputBaseFilename=desk-app-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\desk-app\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\desk-app-window.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\desk-app-window.exe"

[Run]
Filename: "{app}\desk-app.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Đang tự kiểm tra..."
