@echo off
rem Starts Verifact: the workstation without arguments, a command with them (verifact --help).
rem Written by the build beside verifact.jar, with two start caches: the workstation's, and the commands'
rem (trained on what extract and ingest run). A Java too old for Verifact is started without them, and
rem Verifact then says which Java it needs.
rem A command reads its batch and ends: the JVM's quick compiler alone and its single-threaded collector
rem get it done sooner; the JVM's own warnings go to standard error, never into what the command prints, and
rem it says nothing of a cache it cannot use (made by another JVM), which only makes the start slower. The workstation, which runs all day, keeps the JVM's defaults.
setlocal
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
rem A Java older than 25 is given no option, for it would refuse the logging ones before Verifact could say
rem what it needs. Its version is read from the release file of JAVA_HOME, which costs no JVM start.
if defined JAVA_HOME if exist "%JAVA_HOME%\release" findstr /r /c:"^JAVA_VERSION=\"1\." /c:"^JAVA_VERSION=\"[0-9]\"" /c:"^JAVA_VERSION=\"[0-9]\." /c:"^JAVA_VERSION=\"1[0-9]" /c:"^JAVA_VERSION=\"2[0-4]" "%JAVA_HOME%\release" >nul && goto old
set "command="
set "cache=%here%verifact.aot"
if not "%~1"=="" set "command=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:all=off:stdout -Xlog:all=warning,aot*=off,cds*=off:stderr"
if not "%~1"=="" set "cache=%here%verifact-command.aot"
if exist "%cache%" (
  "%java%" -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache="%cache%" %command% -jar "%here%verifact.jar" %*
) else (
  "%java%" %command% -jar "%here%verifact.jar" %*
)
exit /b %ERRORLEVEL%
:old
"%java%" -jar "%here%verifact.jar" %*
exit /b %ERRORLEVEL%
