// A QApplication for the GUI tests (offscreen platform), in
// QStandardPaths test mode so that nothing touches the user's settings or data.
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "support/test_support.h"

int main(int argc, char **argv)
{
    // Also when CMake lists the tests at build time, outside ctest's environment:
    // GUI tests never need (or open windows on) a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs tests in parallel processes: each gets a home of its own, so that
    // settings (language, automatic backups) and data written by one test never
    // change another's (test mode keeps them under ~/.qttest).
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/cutru-gui-test-home-XXXXXX"));
    if (home.isValid())
        qputenv("HOME", home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CuTruTest"));
    QApplication::setApplicationName(QStringLiteral("cutru-test"));
    ::testing::InitGoogleTest(&argc, argv);
    // PostgreSQL runs (CUTRU_TEST_ENGINE=postgresql): skip visibly when there is no server.
    cutru::test::setUpTestEngine();
    return RUN_ALL_TESTS();
}
