@echo off
rem laurel.bat: starts the Laurel command line (lib\laurel.jar). The POSIX script bin/laurel also picks
rem options per run and keeps a start-up cache; this one only runs the jar with the Serial GC.
rem Honours JAVA_HOME, JAVA_OPTS and LAUREL_OPTS (after the launcher's own options).
setlocal
set "LAUREL_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -XX:+UseSerialGC %JAVA_OPTS% %LAUREL_OPTS% -jar "%LAUREL_HOME%\lib\laurel.jar" %*
exit /b %ERRORLEVEL%
