// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Database;
class LearnerSession;
class ModuleLibrary;
class StaffSession;

// What screens need from the core, built once by the application controller and passed to the
// screen factory. Screens take only the pieces they use.
struct AppServices
{
    Database *database = nullptr;
    ModuleLibrary *library = nullptr;
    LearnerSession *learner = nullptr;
    StaffSession *staff = nullptr; // who is signed in; nobody: the window stays in learner mode
};
