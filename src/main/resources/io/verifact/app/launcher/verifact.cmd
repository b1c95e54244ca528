@echo off
rem Starts Verifact: the workstation without arguments, a command with them (verifact --help).
rem Written by the build beside verifact.jar; the start cache beside it makes the workstation start faster.
rem A Java too old to know the cache's option ignores it, and Verifact then says which Java it needs.
rem A command reads its batch and ends: the JVM's quick compiler alone and its single-threaded collector
rem get it done sooner. The workstation, which runs all day, keeps the JVM's defaults.
setlocal
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "command="
if not "%~1"=="" set "command=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if exist "%here%verifact.aot" (
  "%java%" -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache="%here%verifact.aot" %command% -jar "%here%verifact.jar" %*
) else (
  "%java%" %command% -jar "%here%verifact.jar" %*
)
exit /b %ERRORLEVEL%
