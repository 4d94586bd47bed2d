; Inno Setup 6 script: a per-user installer (no administrator rights needed), a Start-menu
; shortcut and an uninstaller. installer/build.py runs it with:
;   ISCC /DAppVersion=X.Y.Z /DSourceDir=dist\LeadershipDesk /DIconFile=build\icons\leadership-desk.ico /Odist leadership-desk.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F4B7C1E-3B1A-4C55-9D2E-2A7C1E0B5D75}
AppName=Leadership Desk
AppVersion={#AppVersion}
AppPublisher=Leadership Desk
DefaultDirName={localappdata}\Programs\Leadership Desk
DefaultGroupName=Leadership Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputBaseFilename=LeadershipDesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\LeadershipDesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Leadership Desk"; Filename: "{app}\LeadershipDesk.exe"
Name: "{userdesktop}\Leadership Desk"; Filename: "{app}\LeadershipDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\LeadershipDesk.exe"; Description: "Start Leadership Desk"; Flags: nowait postinstall skipifsilent

; The log (in %LOCALAPPDATA%\Leadership Desk) is the principal's data: uninstalling the
; program leaves it, and its backups, in place.
