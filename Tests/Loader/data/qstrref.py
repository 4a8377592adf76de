# Names used by no other test file: LoaderTests checks they are interned by reference to the image.
loader_ref_name_alpha = 1
loader_ref_name_beta = "loader_ref_value_gamma"
print(loader_ref_name_alpha, loader_ref_name_beta)
