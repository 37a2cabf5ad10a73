#ifndef SOCIOGRAM_CZLIB_SHIM_H
#define SOCIOGRAM_CZLIB_SHIM_H
#include <zlib.h>
#endif
