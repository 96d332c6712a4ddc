# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'election_timing_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ElectionTimingDialog(object):
    def setupUi(self, ElectionTimingDialog):
        if not ElectionTimingDialog.objectName():
            ElectionTimingDialog.setObjectName(u"ElectionTimingDialog")
        ElectionTimingDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(ElectionTimingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ElectionTimingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.timingLabel = QLabel(ElectionTimingDialog)
        self.timingLabel.setObjectName(u"timingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.timingLabel)

        self.timingCombo = QComboBox(ElectionTimingDialog)
        self.timingCombo.setObjectName(u"timingCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.timingCombo)

        self.monthsLabel = QLabel(ElectionTimingDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsSpin = QSpinBox(ElectionTimingDialog)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(0)
        self.monthsSpin.setMaximum(24)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monthsSpin)

        self.approvedOnLabel = QLabel(ElectionTimingDialog)
        self.approvedOnLabel.setObjectName(u"approvedOnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvedOnLabel)

        self.approvedOnEdit = DateField(ElectionTimingDialog)
        self.approvedOnEdit.setObjectName(u"approvedOnEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approvedOnEdit)

        self.referenceLabel = QLabel(ElectionTimingDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(ElectionTimingDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.dueLabel = QLabel(ElectionTimingDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setTextFormat(Qt.TextFormat.RichText)
        self.dueLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.dueLabel)

        self.errorLabel = QLabel(ElectionTimingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ElectionTimingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.timingLabel.setBuddy(self.timingCombo)
        self.monthsLabel.setBuddy(self.monthsSpin)
        self.approvedOnLabel.setBuddy(self.approvedOnEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ElectionTimingDialog)

        QMetaObject.connectSlotsByName(ElectionTimingDialog)
    # setupUi

    def retranslateUi(self, ElectionTimingDialog):
        ElectionTimingDialog.setWindowTitle(QCoreApplication.translate("ElectionTimingDialog", u"\u63a8\u8fdf\u6216\u63d0\u524d\u6362\u5c4a", None))
        self.introLabel.setText("")
        self.timingLabel.setText(QCoreApplication.translate("ElectionTimingDialog", u"\u6362\u5c4a\u65f6\u95f4", None))
        self.monthsLabel.setText(QCoreApplication.translate("ElectionTimingDialog", u"\u63a8\u8fdf\u6216\u63d0\u524d\uff08\u6708\uff09", None))
        self.approvedOnLabel.setText(QCoreApplication.translate("ElectionTimingDialog", u"\u4e0a\u7ea7\u6279\u51c6\u65e5\u671f", None))
        self.referenceLabel.setText(QCoreApplication.translate("ElectionTimingDialog", u"\u6279\u590d\u6587\u53f7", None))
        self.dueLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

