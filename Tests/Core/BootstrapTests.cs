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
    }
}
