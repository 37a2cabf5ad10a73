#ifndef SOCIOGRAM_CGRAPHVIZ_SHIM_H
#define SOCIOGRAM_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
