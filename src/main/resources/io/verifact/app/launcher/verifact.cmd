@echo off
rem Starts Verifact: the workstation without arguments, a command with them (verifact --help).
rem Written by the build beside verifact.jar; the start cache beside it makes the workstation start faster.
rem A Java too old to know the cache's option ignores it, and Verifact then says which Java it needs.
setlocal
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
if exist "%here%verifact.aot" (
  "%java%" -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache="%here%verifact.aot" -jar "%here%verifact.jar" %*
) else (
  "%java%" -jar "%here%verifact.jar" %*
)
exit /b %ERRORLEVEL%
