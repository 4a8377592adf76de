using System;
using System.IO;

using NanoMpy;
using Xunit;

namespace NanoMpy.Tests.Core
{
    public class BootstrapTests
    {
        [Fact]
        public void BuiltinTypesInitialiseWithObjectAsBase()
        {
            Assert.Equal("NoneType", Rt.TypeOf(Value.None).NameStr);
            Assert.True(PyBool.TypeObj.IsSubclassOf(PyInt.TypeObj));
            Assert.True(PyDict.TypeObj.IsSubclassOf(PyType.ObjectType));
            Assert.Equal("True", Rt.Repr(Value.True).ToString());
            Assert.Equal("None", Rt.StrOf(Value.None).ToString());
        }

        [Fact]
        public void QstrIdsFollowMicroPythonStaticOrder()
        {
            // static_qstr_list[0] is "" (id 1), [1] is "__dir__" (id 2): the .mpy index space.
            Assert.Equal("", Qstr.Str(1));
            Assert.Equal("__dir__", Qstr.Str(2));
            Assert.Equal(Q.__init__, Qstr.Intern("__init__"));
            int id = Qstr.Intern("some_new_name");
            Assert.True(id > Qstr.StaticCount);
            Assert.Equal("some_new_name", Qstr.Str(id));
        }

        // A qstr's location packs its text's array (one of 255) and offset in one int; past 255 arrays (a process
        // that loads many modules) or 16 MB, the location is escaped to a side table. Interning by reference
        // from 300 arrays of their own reaches it: every name must still be found, by text and by id.
        [Fact]
        public void QstrsFromManyArraysStayFound()
        {
            int[] ids = new int[300];
            for (int i = 0; i < ids.Length; i++)
            {
                byte[] own = System.Text.Encoding.UTF8.GetBytes("..many_sources_" + i);
                ids[i] = Qstr.Intern(own, 2, own.Length - 2);
            }
            for (int i = 0; i < ids.Length; i++)
            {
                string name = "many_sources_" + i;
                Assert.Equal(name, Qstr.Str(ids[i]));
                byte[] probe = System.Text.Encoding.UTF8.GetBytes(name);
                Assert.Equal(ids[i], Qstr.Find(probe, 0, probe.Length));
                Assert.Equal(ids[i], Qstr.Intern(name));
                Assert.Equal(2, Qstr.Offset(ids[i]));
            }
        }

        // Namespace tables keep a name's id in 16 bits, and the pool never gives out their two markers' ids
        // (MapTable.Other, .Deleted): past 65,534 names, globals and class bodies keep later names as str keys.
        // The program interns 66,000 names first, in a process of its own (the pool is the process's). Its
        // expected output is CPython's with MicroPython's NameError wording: the v1.27.0 unix port itself fails
        // here (its 16-bit module qstr tables cut ids past 65,535: KeyError at the del).
        [Fact]
        public void NamesPastSixteenBitIdsStayNames()
        {
            string script = Path.Combine(AppContext.BaseDirectory, "Core", "data", "wide_qstr_ids.py");
            string output = NanompyProcess.Run(null, script);
            Assert.Equal("65999 True\n6\n3 True 9\nNameError name 'late_global' isn't defined\n14 7 ['late_attr', 'late_m']\n"
                + "4950 99\n['late_fn', 'late_many0', 'late_many1', 'late_many10']\n", output);
        }
    }
}
