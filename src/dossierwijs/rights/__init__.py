"""Rights requests (AVG art. 15-21) tracked to the deadline: replies, extension, reminder, AP."""
