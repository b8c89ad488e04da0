; Inno Setup script: the Windows installer for the one-folder build.
;
; 1. On Windows, build the app:  python packaging\build.py --check   (makes dist\agentbook\)
; 2. Compile this script:        iscc packaging\windows\agentbook.iss
;    → dist\agentbook-<version>-windows-x64-setup.exe
;
; The installer needs no administrator rights: by default it installs for the current user
; (%LOCALAPPDATA%\Programs\agentbook); an administrator may choose "all users" instead.
; Uninstalling removes the program only. The archive lives in the user's data folder
; (%LOCALAPPDATA%\agentbook, chosen by platformdirs) and its key in Windows Credential Manager;
; both stay, so a reinstall or an upgrade opens the same archive.
;
; Everything shown here matches the Linux and macOS builds: the same name, icon
; (resources\icons\agentbook.ico, made by packaging\icons.py) and version (read from the
; version resource agentbook.spec writes into agentbook.exe).
; Saved as UTF-8 with a byte-order mark, which is how Inno Setup knows to read the Chinese text.

#define AppName "agentbook"
#define AppExe "agentbook.exe"
#define BuildDir AddBackslash(SourcePath) + "..\..\dist\agentbook"
#define AppVersion GetVersionNumbersString(BuildDir + "\" + AppExe)

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{72053661-1467-4804-BB95-FBFC618BCCD0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=agentbook
VersionInfoVersion={#AppVersion}
VersionInfoDescription=agentbook 保险客户档案 安装程序
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#SourcePath}..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile={#SourcePath}..\..\resources\icons\agentbook.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} 保险客户档案
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An open agentbook holds its archive locked; ask to close it before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
; Recent Inno Setup 6 releases ship both Chinese files in Languages\; older ones have them in
; Languages\Unofficial\ — copy them up one folder before compiling there.
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "离线、加密的保险客户档案"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
