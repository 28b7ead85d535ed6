"""The ledger's tables. Import from here; the submodules group them by area."""

from agent.ledger.models.accounts import (
    Contact,
    ContactStatus,
    Customer,
    Invoice,
    InvoiceStatus,
    Payment,
    PaymentApplication,
)
from agent.ledger.models.admin import ApiToken, AuditEvent, Role, User
from agent.ledger.models.collections import (
    Dispute,
    DisputeInvoice,
    DisputeStatus,
    Document,
    Escalation,
    EscalationStatus,
    Instalment,
    PaymentPlan,
    PlanInvoice,
    PlanStatus,
    Promise,
    PromiseInvoice,
    PromiseStatus,
)
from agent.ledger.models.dunning import DunningRun, ReminderLog
from agent.ledger.models.mail import (
    Conversation,
    Draft,
    DraftStatus,
    MailboxState,
    MailMessage,
    MessageStatus,
    OutboundEmail,
    OutboundStatus,
)
from agent.ledger.models.types import UTCDateTime, utcnow

__all__ = [
    "ApiToken", "AuditEvent", "Contact", "ContactStatus", "Conversation", "Customer", "Dispute",
    "DisputeInvoice", "DisputeStatus", "Document", "Draft", "DraftStatus", "DunningRun", "ReminderLog", "Escalation",
    "EscalationStatus", "Instalment", "Invoice", "InvoiceStatus", "MailMessage", "MailboxState",
    "MessageStatus", "OutboundEmail", "OutboundStatus", "Payment", "PaymentApplication",
    "PaymentPlan", "PlanInvoice", "PlanStatus", "Promise", "PromiseInvoice", "PromiseStatus", "Role",
    "UTCDateTime", "User", "utcnow",
]
