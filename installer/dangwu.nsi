; NSIS script for 党务台账-Setup-<version>.exe, built on Windows (the README's release steps):
;   .venv\Scripts\python installer\nsis_files.py dist\dangwu build\nsis\files.nsh
;   makensis /INPUTCHARSET CP936 /DVERSION=0.1.0 installer\dangwu.nsi
;
; This file is saved as UTF-8 WITH a byte-order mark: makensis on a Chinese Windows reads a file
; without one in the system code page (GBK) and stops at the first Chinese character ("Bad text
; encoding"). `make dist` compiles it with -INPUTCHARSET CP936, as such a PC does, so an editor
; that drops the mark fails the build (and tests/test_installer.py).
;
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\党务台账,
; the shortcuts to the profile of the person installing, the uninstall entry to HKCU. The
; uninstaller deletes only the files this installer wrote (listed from the bundle at build time
; by installer/nsis_files.py), never the folder with what else it holds, and never the data in
; %LOCALAPPDATA%\dangwu_desktop.
Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "WinVer.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE  ; the PyInstaller folder, relative to this script
  !define BUNDLE "..\dist\dangwu"
!endif
!ifndef FILELIST  ; installer/nsis_files.py's include for that folder
  !define FILELIST "..\build\nsis\files.nsh"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\党务台账-Setup-${VERSION}.exe"
!endif
!define APPNAME "党务台账"
!define PUBLISHER "党务台账"
!define EXE "dangwu.exe"
; The program's own settings live in its data folder (ui.ini); this key holds only the folder.
!define INSTALLER_KEY "Software\dangwu_desktop\Installer"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\dangwu_desktop"

!include "${FILELIST}"

; Release builds sign the installer and the uninstaller it carries (README, 打包与安装):
;   makensis ... /DSIGN="signtool sign /fd SHA256 /tr <时间戳服务器> /td SHA256 /a" installer\dangwu.nsi
!ifdef SIGN
  !finalize '${SIGN} "%1"' = 0
  !uninstfinalize '${SIGN} "%1"' = 0
!endif

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${INSTALLER_KEY}" "InstallDir"  ; an upgrade goes where the last install went

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APPNAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "..\resources\icons\dangwu.ico"
!define MUI_UNICON "..\resources\icons\dangwu.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

; Windows does not let a running program's file be opened for writing: replacing or deleting the
; files while 党务台账 runs would leave half an old and half a new program. Asks until it is closed.
!macro REFUSE_WHILE_RUNNING
  ${Do}
    ${IfNot} ${FileExists} "$INSTDIR\${EXE}"
      ${Break}
    ${EndIf}
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "党务台账正在运行（或它的文件正被其他程序占用）。$\r$\n$\r$\n请先保存并关闭党务台账的窗口，再点“重试”。" /SD IDCANCEL IDCANCEL`
      Abort
    ${EndIf}
  ${Loop}
!macroend

Function .onInit
  SetShellVarContext current  ; shortcuts for the person installing, not for whoever typed a password
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "党务台账只能安装在64位的 Windows 上，这台电脑的 Windows 是32位的。$\r$\n$\r$\n（“设置 → 系统 → 关于”中的“系统类型”一项可以看到。）" /SD IDOK
    Abort
  ${EndIf}
  ; Qt 6 needs Windows 10 version 1809 (build 17763) or later.
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} 17763
    MessageBox MB_ICONSTOP "党务台账需要 Windows 10 1809 或更高版本。" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Function DirectoryLeave
  !insertmacro REFUSE_WHILE_RUNNING  ; Abort here keeps the folder page open
FunctionEnd

Section "Install"
  !insertmacro REFUSE_WHILE_RUNNING  ; again for a silent install (/S), which has no pages
  ; An upgrade in the folder of the last install: that version's uninstaller first removes the
  ; files it wrote (a file this version no longer ships would otherwise stay for ever). Only there:
  ; an uninstall.exe in a folder the user typed may be another program's.
  ReadRegStr $1 HKCU "${INSTALLER_KEY}" "InstallDir"
  ${If} $1 == $INSTDIR
  ${AndIf} ${FileExists} "$INSTDIR\uninstall.exe"
    ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR'
    Delete "$INSTDIR\uninstall.exe"
  ${EndIf}

  !insertmacro INSTALL_BUNDLE
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\卸载${APPNAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "${INSTALLER_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${BUNDLE_SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro REFUSE_WHILE_RUNNING
FunctionEnd

Section "Uninstall"
  ; The files this version installed, then its folders if they are empty; what else the folder
  ; holds stays, and so do the user's data in %LOCALAPPDATA%\dangwu_desktop.
  !insertmacro UNINSTALL_BUNDLE
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$DESKTOP\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\卸载${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${INSTALLER_KEY}"
  DeleteRegKey /ifempty HKCU "Software\dangwu_desktop"
SectionEnd
