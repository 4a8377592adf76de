using System.Collections.Generic;
using Xunit;

namespace NanoMpy.Tests.Strings
{
    // Each case of data/*.txt against the output of the unix MicroPython v1.27 binary (data/*.expected,
    // made by run_cases.py).
    [Collection("Warnings")]
    public class StringCaseTests
    {
        public static IEnumerable<object[]> Basic() { return CaseRunner.Load("cases.txt", "expected.txt"); }
        public static IEnumerable<object[]> Format() { return CaseRunner.Load("format_cases.txt", "format_expected.txt"); }
        public static IEnumerable<object[]> Array() { return CaseRunner.Load("array_cases.txt", "array_expected.txt"); }

        [Theory]
        [MemberData(nameof(Basic))]
        public void StrBytesCase(string line, string expected)
        {
            Assert.Equal(expected, CaseRunner.Run(line));
        }

        [Theory]
        [MemberData(nameof(Format))]
        public void FormatCase(string line, string expected)
        {
            Assert.Equal(expected, CaseRunner.Run(line));
        }

        [Theory]
        [MemberData(nameof(Array))]
        public void ArrayCase(string line, string expected)
        {
            Assert.Equal(expected, CaseRunner.Run(line));
        }
    }
}
