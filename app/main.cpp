#include "app/application.h"

int main(int argc, char *argv[])
{
    return hindsight::app::Application::run(argc, argv);
}
