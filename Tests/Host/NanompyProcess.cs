using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace NanoMpy.Tests
{
    // The nanompy CLI (this build's nanompy.dll) in a process of its own, for what must start fresh: a qstr pool
    // past 16-bit ids, a heap measured from boot. Returns what it printed; fails the test when it exits non-zero.
    public static class NanompyProcess
    {
        public static string Run(string workingDirectory, params string[] args)
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (workingDirectory != null) psi.WorkingDirectory = workingDirectory;
            psi.ArgumentList.Add("exec");
            psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nanompy.dll"));
            foreach (string a in args) psi.ArgumentList.Add(a);
            using (Process p = Process.Start(psi))
            {
                // stderr on a task of its own: a child that fills one pipe while the other is read would block
                Task<string> error = p.StandardError.ReadToEndAsync();
                string output = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                Assert.True(p.ExitCode == 0, output + error.Result);
                return output.Replace("\r\n", "\n");
            }
        }
    }
}
