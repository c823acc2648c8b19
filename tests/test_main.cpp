// A QCoreApplication for the whole run: Qt SQL and translations need one.
#include <QCoreApplication>
#include <gtest/gtest.h>

#include "support/test_support.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    // PostgreSQL runs (CUTRU_TEST_ENGINE=postgresql): skip visibly when there is no server.
    cutru::test::setUpTestEngine();
    return RUN_ALL_TESTS();
}
