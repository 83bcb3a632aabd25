namespace BudgetPerformance.Domain.Common;

/// <summary>Base of every persisted aggregate: a database identity and nothing else.</summary>
public abstract class Entity
{
    public long Id { get; protected set; }

    /// <summary>Used by bulk loaders and generators that assign identities themselves.</summary>
    public void AssignId(long id)
    {
        if (Id != 0 && Id != id)
        {
            throw new InvalidOperationException($"{GetType().Name} 已有标识 {Id}，不能改为 {id}。");
        }

        Id = id;
    }
}
