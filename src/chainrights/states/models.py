"""Country profiles, labour inspection records and referrals from grievance cases."""
