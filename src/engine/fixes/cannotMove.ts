/** Why a secret cannot be moved automatically (the message is shown to the user and never holds a value). */
export class CannotMove extends Error {}
