#The simulated model's HTTP route (issue 3), part of costbench_server:
#include(SimulatedModelRoute.cmake) from src / server / CMakeLists.txt after add_library.
target_sources(costbench_server PRIVATE ${CMAKE_CURRENT_LIST_DIR} /
               SimulatedModelRoute.cpp ${CMAKE_CURRENT_LIST_DIR} / SimulatedModelRoute.h)
    target_link_libraries(costbench_server PUBLIC costbench_providers)
