#pragma once

class QMenu;

namespace conlab {

// View ▸ Language: English or 简体中文, remembered and applied the next time the program
// starts (the window is built in one language; rebuilding it mid-lesson would lose the run).
QMenu *addLanguageMenu(QMenu *parent);

} // namespace conlab
