# TODO Create the build/gcc-X.X/cuda-XXXX/release folder and put so to it
# TODO Also create symlinks to the libcudart.so