# Adds every immediate subdirectory of the current source dir that has a CMakeLists.txt, in
# name order. Test folders use it so that parallel work adding test areas never collides on a
# hand-kept list.
macro(outpost_add_all_subdirectories)
    file(GLOB _outpost_children LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}
        ${CMAKE_CURRENT_SOURCE_DIR}/*)
    list(SORT _outpost_children)
    foreach(_child IN LISTS _outpost_children)
        if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${_child}
           AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${_child}/CMakeLists.txt)
            add_subdirectory(${_child})
        endif()
    endforeach()
endmacro()
