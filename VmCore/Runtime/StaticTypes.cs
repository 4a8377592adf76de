namespace NanoMpy
{
    // The built-in types are created on first use (static initializers). heap_lock must not be the first
    // use of one, or making the type (static data in MicroPython) would fail; Heap.Lock calls EnsureAll first.
    public static class StaticTypes
    {
        private static bool _done;

        public static void EnsureAll()
        {
            if (_done) return;
            _done = true;
            for (int i = 0; i < ExcTypes.Count; i++) Touch(ExcTypes.At(i)); // every exception type
#if MP_ARRAY
            Touch(PyArray.TypeObj);
#endif
            Touch(PyBool.TypeObj);
            Touch(PyBoundMethod.TypeObj);
            Touch(PyBuiltin.TypeObj);
#if MP_BYTEARRAY
            Touch(PyByteArray.TypeObj);
#endif
            Touch(PyBytes.TypeObj);
            Touch(PyCell.TypeObj);
            Touch(PyClassMethod.TypeObj);
#if MP_COMPLEX
            Touch(PyComplex.TypeObj);
#endif
#if MP_EXTRA_MODULES
            Touch(PyDeque.TypeObj);
            Touch(PyDict.OrderedDictType);
#endif
            Touch(PyDict.TypeObj);
            Touch(PyDictIterator.TypeObj);
            Touch(PyDictView.TypeObj);
            Touch(PyEllipsis.TypeObj);
#if MP_CORE_BUILTINS
            Touch(PyEnumerate.TypeObj);
            Touch(PyFilter.TypeObj);
#endif
            Touch(PyFloat.TypeObj);
            Touch(PyFunction.ClosureTypeObj);
            Touch(PyFunction.GenFunTypeObj);
            Touch(PyFunction.TypeObj);
            Touch(PyGenerator.TypeObj);
#if MP_EXTRA_MODULES
            Touch(PyHash.Sha1Type);
            Touch(PyHash.Sha256Type);
#endif
            Touch(PyInt.TypeObj);
            Touch(PyList.TypeObj);
            Touch(PyMap.TypeObj);
#if MP_RE
            Touch(PyMatch.TypeObj);
#endif
#if MP_ARRAY
            Touch(PyMemoryView.TypeObj);
#endif
            Touch(PyModule.TypeObj);
            Touch(PyNone.TypeObj);
            Touch(PyNotImplemented.TypeObj);
#if MP_CORE_BUILTINS
            Touch(PyProperty.TypeObj);
#endif
            Touch(PyRange.TypeObj);
#if MP_RE
            Touch(PyRegex.TypeObj);
#endif
#if MP_CORE_BUILTINS
            Touch(PyReversed.TypeObj);
#endif
#if MP_EXTRA_MODULES
            Touch(PyRingIO.TypeObj);
#endif
            Touch(PySeqIterator.TypeObj);
#if MP_SET
            Touch(PySet.FrozenSetType);
            Touch(PySet.TypeObj);
#endif
            Touch(PySlice.TypeObj);
            Touch(PyStaticMethod.TypeObj);
            Touch(PyStr.TypeObj);
            Touch(PyStrIterator.TypeObj);
            Touch(PySuper.TypeObj);
            Touch(PyTuple.TypeObj);
            Touch(PyType.ObjectType);
            Touch(PyType.TypeType);
            Touch(PyZip.TypeObj);
#if MP_IO
            Touch(IoModule.IOBaseType);
#endif
#if MP_COMPILER
            Touch(PyCode.TypeObj);
#endif
#if MP_IO
            Touch(PyIOStream.StringIOType);
            Touch(PyIOStream.BytesIOType);
            Touch(PyIOStream.TextIOType);
            Touch(PyIOStream.FileIOType);
#endif
            Touch(PyVfsRom.TypeObj);
        }

        // Makes the type and its methods (PyType.FillOnFirstUse): both are static data in MicroPython.
        private static void Touch(PyType t)
        {
            PyDict unused = t.Locals;
        }
    }
}
